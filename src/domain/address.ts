/**
 * Email addresses and mailbox lists (spec §2 "Address"). The normalized form is trimmed, with
 * the domain in punycode and lower case, and the local part untouched (no case, dot or `+tag`
 * folding): it is what the pane and the command-line tool show. Comparisons ignore letter
 * case: compare addressKey() results, or use sameAddress().
 */

/** The domain in ASCII (punycode), lower-cased; left lower-cased when it cannot be converted. */
export function domainToAscii(domain: string): string {
  const lower = domain.trim().toLowerCase();
  if (/^\p{ASCII}*$/u.test(lower) || /[/?#:@\\\s[\]]/.test(lower)) return lower;

  // The WHATWG URL parser applies IDNA (UTS #46) the same way in Node and in browsers.
  try {
    return new URL(`http://${lower}`).hostname;
  } catch {
    return lower;
  }
}

/** The normalized address: trimmed, brackets dropped, punycode domain, local part as written. */
export function normalizeAddress(raw: string): string {
  let address = raw.trim();
  if (address.startsWith('<') && address.endsWith('>')) address = address.slice(1, -1).trim();

  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  return `${address.slice(0, at)}@${domainToAscii(address.slice(at + 1))}`;
}

/** The form two addresses are compared in: the normalized address in lower case. */
export function addressKey(raw: string): string {
  return normalizeAddress(raw).toLowerCase();
}

/** Two addresses name the same mailbox (both must be SMTP addresses). */
export function sameAddress(a: string, b: string): boolean {
  return isSmtpAddress(a) && isSmtpAddress(b) && addressKey(a) === addressKey(b);
}

const LOCAL_PART = /^(?:[^\s@<>()[\],;:"\\]+|"(?:[^"\\]|\\.)*")$/u;
const DOMAIN = /^(?:[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*|\[[^\]\s]+\])$/u;

/**
 * True for a usable SMTP address: one `@` between a local part and a domain, no spaces.
 * Exchange legacy DNs (`/o=...`), bare names and other non-SMTP values are false: they are
 * never looked up in the CRM nor used to create records.
 */
export function isSmtpAddress(raw: string): boolean {
  const address = raw.trim();
  if (address.startsWith('/') || /^ex:/i.test(address)) return false;

  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return false;

  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return LOCAL_PART.test(local) && DOMAIN.test(domain) && !local.startsWith('.');
}

/** RFC 5322 address lists live in their own module; re-exported here as planned. */
export { parseMailboxList } from './mailbox-list';
