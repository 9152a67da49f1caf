import * as v from 'valibot';

import type { SettingsIssue } from './settings-source';

/** How one settings key is read: its schema, the reason given when it fails, its range. */
export interface FieldRule<T> {
  schema: v.GenericSchema<unknown, T>;
  /** The reason a rejected value is reported with: "not a boolean". */
  mismatch: string;
  /** Numbers only: values outside [min, max] are clamped to the nearest end. */
  min?: number;
  max?: number;
  /** Why an accepted value was changed on the way in (null: no issue worth showing). */
  changed?: (raw: unknown, value: T) => string | null;
}

export type FieldRules<T> = { [K in keyof T]-?: FieldRule<T[K]> };

/** A short text form of any raw value for an issue's `found` / `used`. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') {
    text = JSON.stringify(value);
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function clamp(
  value: number,
  rule: { min?: number; max?: number },
): { value: number; reason: string | null } {
  if (rule.min !== undefined && value < rule.min) {
    return { value: rule.min, reason: `below the minimum of ${rule.min}` };
  }
  if (rule.max !== undefined && value > rule.max) {
    return { value: rule.max, reason: `above the maximum of ${rule.max}` };
  }
  return { value, reason: null };
}

/**
 * Reads one value: missing (undefined or null) gives the fallback silently; a value of the wrong
 * type gives the fallback and an issue; a number out of range is clamped with an issue.
 */
export function readField<T>(
  key: string,
  raw: unknown,
  rule: FieldRule<T>,
  fallback: T,
  issues: SettingsIssue[],
): T {
  if (raw === undefined || raw === null) return fallback;

  const parsed = v.safeParse(rule.schema, raw);
  if (!parsed.success) {
    issues.push({
      key,
      found: describeValue(raw),
      used: describeValue(fallback),
      reason: rule.mismatch,
    });
    return fallback;
  }

  const changed = rule.changed?.(raw, parsed.output) ?? null;
  if (changed !== null) {
    issues.push({
      key,
      found: describeValue(raw),
      used: describeValue(parsed.output),
      reason: changed,
    });
  }

  if (typeof parsed.output !== 'number') return parsed.output;
  const clamped = clamp(parsed.output, rule);
  if (clamped.reason !== null) {
    issues.push({
      key,
      found: describeValue(raw),
      used: describeValue(clamped.value),
      reason: clamped.reason,
    });
  }
  return clamped.value as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface SectionOptions {
  /** How a key is named in issues: `client.` + key for client options, else the key. */
  keyPrefix?: string;
  /** Report keys the rules do not know (local documents), not Web API rows' other columns. */
  reportUnknown?: boolean;
  /** The section's name in issues when it is not an object. */
  sectionName: string;
}

/** Reads every key of a section; a section that is not an object gives all defaults. */
export function readSection<T extends object>(
  raw: unknown,
  rules: FieldRules<T>,
  defaults: Readonly<T>,
  issues: SettingsIssue[],
  options: SectionOptions,
): T {
  const prefix = options.keyPrefix ?? '';
  const result = { ...defaults } as T;
  if (raw === undefined || raw === null) return result;

  if (!isPlainObject(raw)) {
    issues.push({
      key: options.sectionName,
      found: describeValue(raw),
      used: 'defaults',
      reason: 'not an object of settings',
    });
    return result;
  }

  for (const key of Object.keys(rules) as (keyof T & string)[]) {
    const value = Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined;
    result[key] = readField(prefix + key, value, rules[key], defaults[key], issues);
  }

  if (options.reportUnknown) {
    for (const key of Object.keys(raw)) {
      if (Object.prototype.hasOwnProperty.call(rules, key) || key.includes('@')) continue;
      issues.push({
        key: prefix + key,
        found: describeValue(raw[key]),
        used: '(ignored)',
        reason: 'not a known setting',
      });
    }
  }
  return result;
}

export { isPlainObject };
