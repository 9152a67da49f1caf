import { TrackerError } from '../../src/domain/errors';

/** The TrackerError a promise rejects with; any other outcome fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<TrackerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TrackerError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}
