import { readFile } from 'node:fs/promises';
import type { ErrorCode } from '../domain/errors';
import type { Evaluation } from '../domain/evaluation';
import { buildMessageFacts } from '../domain/facts';
import type { MessageFacts } from '../domain/message-facts';
import { parseEml } from '../domain/mime/parse-eml';
import { collectSnapshot } from '../domain/snapshot';
import { evaluateMessage } from '../domain/verdict';
import { STDIN_FILE } from './args';
import { describeError, type ExplainContext } from './context';

export type FileOutcome =
  | {
      kind: 'explained';
      file: string;
      facts: MessageFacts;
      evaluation: Evaluation;
      problems: string[];
    }
  | { kind: 'failed'; file: string; error: { code: ErrorCode; message: string } };

/** Reads all of standard input. */
export async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

/**
 * Reads one .eml file (`-`: standard input, through `readInput`) and evaluates it; a file that
 * cannot be read is a failed outcome.
 */
export async function explainFile(
  file: string,
  context: ExplainContext,
  readInput: () => Promise<Uint8Array> = readStandardInput,
): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = file === STDIN_FILE ? await readInput() : await readFile(file);
  } catch (error) {
    const what = file === STDIN_FILE ? 'standard input' : file;
    const message = `Cannot read ${what}: ${describeError(error)}.`;
    return { kind: 'failed', file, error: { code: 'FileUnreadable', message } };
  }

  let facts: MessageFacts;
  let problems: string[];
  try {
    ({ facts, problems } = await factsOf(bytes, context));
  } catch (error) {
    const message = `Cannot make sense of ${file}: ${describeError(error)}.`;
    return { kind: 'failed', file, error: { code: 'MalformedMessage', message } };
  }

  const snapshot = await collectSnapshot(facts, context.settings, context.lookups);
  const evaluation = evaluateMessage(facts, context.settings, snapshot);
  return { kind: 'explained', file, facts, evaluation, problems };
}

// An .eml file has no folder: buildMessageFacts derives it from the mailbox owner (spec §2).
async function factsOf(
  bytes: Uint8Array,
  context: ExplainContext,
): Promise<{ facts: MessageFacts; problems: string[] }> {
  const mailboxOwner = context.user.address;
  try {
    const parsed = await parseEml(bytes);
    const facts = buildMessageFacts({
      rawHeaders: parsed.rawHeaders,
      subject: parsed.subject,
      internetMessageId: parsed.messageId,
      from: parsed.from[0] ?? null,
      to: parsed.to,
      cc: parsed.cc,
      bcc: parsed.bcc,
      sentOn: parsed.date,
      mailboxOwner,
      folder: null,
    });
    return { facts, problems: parsed.problems };
  } catch (error) {
    // The parser should not throw on a readable file; if it does, the headers alone still tell.
    const text = new TextDecoder('latin1').decode(bytes);
    const end = text.search(/\r?\n\r?\n/);
    const rawHeaders = end < 0 ? text : text.slice(0, end);
    const facts = buildMessageFacts({ rawHeaders, mailboxOwner, folder: null });
    return { facts, problems: [`The message parser failed (${describeError(error)}).`] };
  }
}
