import { request } from 'node:https';

/** Reads the mock CRM's Web API the way an integration would, trusting the test's own CA. */
export function getJson(
  baseUrl: string,
  path: string,
  options: { ca?: string; user?: string } = {},
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseUrl);
    const req = request(
      url,
      {
        method: 'GET',
        ca: options.ca,
        rejectUnauthorized: options.ca !== undefined,
        headers: {
          Accept: 'application/json',
          'OData-MaxVersion': '4.0',
          'OData-Version': '4.0',
          Prefer: 'odata.include-annotations="*"',
          ...(options.user ? { 'X-CRM-User': options.user } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
          } catch (error) {
            reject(error instanceof Error ? error : new Error('The answer is not JSON.'));
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
