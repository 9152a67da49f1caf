import type { OrganizationSettings } from './settings-model';

/**
 * Tracking tokens in subjects (spec §3 step 2 and "Token format"): prefix + `0` + user number
 * (`trackingtokeniddigits` digits) + counter (as many digits as `maximumtrackingnumber`).
 * Example with the defaults: `CRM:0001001`.
 */

type TokenSettings = Pick<
  OrganizationSettings,
  'maximumtrackingnumber' | 'trackingprefix' | 'trackingtokenidbase' | 'trackingtokeniddigits'
>;

/** The prefixes of `trackingprefix` (';'-separated, current first), blanks dropped. */
export function trackingPrefixes(org: Pick<OrganizationSettings, 'trackingprefix'>): string[] {
  return org.trackingprefix
    .split(';')
    .map((prefix) => prefix.trim())
    .filter((prefix) => prefix !== '');
}

/** Digits after the prefix: 1 + user-number digits + counter digits; 0 when tokens are off. */
export function trackingTokenDigitCount(org: TokenSettings): number {
  if (org.maximumtrackingnumber <= 0) return 0;
  return 1 + org.trackingtokeniddigits + String(Math.floor(org.maximumtrackingnumber)).length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every token in the subject, normalized to the configured prefix in upper case followed by
 * its digits, in order and without repeats. None when `maximumtrackingnumber` is 0.
 */
export function findTrackingTokens(subject: string, org: TokenSettings): string[] {
  const digitCount = trackingTokenDigitCount(org);
  if (digitCount === 0) return [];

  const found: { at: number; token: string }[] = [];
  for (const prefix of trackingPrefixes(org)) {
    // A prefix that starts with a letter or digit must not continue a longer word.
    const boundary = /^[\p{L}\p{N}]/u.test(prefix) ? '(?<![\\p{L}\\p{N}])' : '';
    const pattern = new RegExp(`${boundary}${escapeRegExp(prefix)}(\\d+)`, 'giu');
    for (const match of subject.matchAll(pattern)) {
      // `\d+` is greedy, so a longer number shows up as a longer match and is refused.
      if (match[1].length !== digitCount) continue;
      found.push({ at: match.index ?? 0, token: `${prefix.toUpperCase()}${match[1]}` });
    }
  }

  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((entry) => entry.token))];
}

function padDigits(value: number, digits: number): string {
  const text = String(Math.max(0, Math.floor(value))).padStart(digits, '0');
  // Keep the token's fixed length: a number too long for its field keeps its last digits.
  return text.slice(text.length - digits);
}

/**
 * The token the add-in writes: current prefix + `0` + (`trackingtokenidbase` + user number)
 * + counter, wrapping to 0 after `maximumtrackingnumber`. '' when tokens are off.
 */
export function formatTrackingToken(
  userNumber: number,
  counter: number,
  org: TokenSettings,
): string {
  const prefix = trackingPrefixes(org)[0];
  if (org.maximumtrackingnumber <= 0 || prefix === undefined) return '';

  const maximum = Math.floor(org.maximumtrackingnumber);
  const span = maximum + 1;
  const user = padDigits(org.trackingtokenidbase + userNumber, org.trackingtokeniddigits);
  const count = padDigits(((counter % span) + span) % span, String(maximum).length);
  return `${prefix}0${user}${count}`;
}

/**
 * Appends the token after a space, shortening the subject so that the whole fits maxLength
 * (`MaximumSubjectLengthOnMailServer`). A subject already carrying the token is returned as is.
 */
export function appendTrackingToken(subject: string, token: string, maxLength: number): string {
  if (token === '') return subject;
  if (subject.toUpperCase().includes(token.toUpperCase())) return subject;

  const base = subject.trimEnd();
  if (base === '') return token;

  let room = maxLength - token.length - 1;
  if (room <= 0) return token;
  // Never cut a surrogate pair in half.
  if (room < base.length && /[\uD800-\uDBFF]/.test(base[room - 1])) room -= 1;
  const shortened = base.length > room ? base.slice(0, room).trimEnd() : base;
  return shortened === '' ? token : `${shortened} ${token}`;
}
