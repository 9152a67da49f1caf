/**
 * The https certificate for localhost: the Office dev certificate when one is installed
 * (`npx office-addin-dev-certs install`), otherwise a local CA and a localhost certificate that
 * are generated once into `<dataDir>/certs/` and reused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { generate } from 'selfsigned';

export interface ServerCertificate {
  key: string;
  cert: string;
  /** PEM text of the CA that signed `cert`, if known. */
  ca?: string;
  /** File the user should trust. */
  caPath?: string;
  source: 'office-dev-certs' | 'generated';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where office-addin-dev-certs installs its files. */
export function officeDevCertDir(): string {
  return join(homedir(), '.office-addin-dev-certs');
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** True when the PEM certificate is valid for at least another day. */
function stillValid(pem: string): boolean {
  try {
    return new Date(new X509Certificate(pem).validTo).getTime() > Date.now() + DAY_MS;
  } catch {
    return false;
  }
}

function loadOfficeDevCert(dir: string): ServerCertificate | null {
  const cert = readIfExists(join(dir, 'localhost.crt'));
  const key = readIfExists(join(dir, 'localhost.key'));
  if (!cert || !key || !stillValid(cert)) return null;

  const caPath = join(dir, 'ca.crt');
  const ca = readIfExists(caPath);
  return { key, cert, ca, caPath: ca ? caPath : undefined, source: 'office-dev-certs' };
}

async function generateLocalCertificates(dir: string): Promise<void> {
  const now = new Date(Date.now() - DAY_MS);
  const ca = await generate([{ name: 'commonName', value: 'CRM Tracker Development CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 3 * 365 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });

  // Browsers reject server certificates valid for more than about 13 months.
  const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 390 * DAY_MS),
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });

  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, 'ca.crt'), ca.cert);
  writeFileSync(join(dir, 'ca.key'), ca.private, { mode: 0o600 });
  writeFileSync(join(dir, 'localhost.crt'), leaf.cert);
  writeFileSync(join(dir, 'localhost.key'), leaf.private, { mode: 0o600 });
}

/**
 * Returns the certificate to serve. `officeCertDir: null` ignores the Office dev certificate
 * (tests use this so they never depend on what is installed on the machine).
 */
export async function loadServerCertificate(options: {
  dataDir: string;
  officeCertDir?: string | null;
}): Promise<ServerCertificate> {
  const officeDir =
    options.officeCertDir === undefined ? officeDevCertDir() : options.officeCertDir;
  const office = officeDir ? loadOfficeDevCert(officeDir) : null;
  if (office) return office;

  const dir = join(options.dataDir, 'certs');
  const existing = readIfExists(join(dir, 'localhost.crt'));
  if (!existing || !stillValid(existing) || !existsSync(join(dir, 'localhost.key'))) {
    await generateLocalCertificates(dir);
  }

  const caPath = join(dir, 'ca.crt');
  return {
    key: readFileSync(join(dir, 'localhost.key'), 'utf8'),
    cert: readFileSync(join(dir, 'localhost.crt'), 'utf8'),
    ca: readFileSync(caPath, 'utf8'),
    caPath,
    source: 'generated',
  };
}
