import type { Evaluation, PartyResolution } from '../domain/evaluation';
import { tableLabel } from '../domain/record-labels';
import { inactiveMatchText, senderChoice, senderChoiceText } from '../domain/sender-choice';
import { STDIN_FILE } from './args';
import type { FileOutcome } from './explain-file';

/** One line of `--json` output (the format is part of the tool's contract). */
export function toJsonLine(outcome: FileOutcome): string {
  if (outcome.kind === 'failed')
    return JSON.stringify({ file: outcome.file, error: outcome.error });

  const { evaluation } = outcome;
  const regarding = evaluation.regarding;
  return JSON.stringify({
    file: outcome.file,
    messageId: outcome.facts.messageId,
    verdict: evaluation.verdict,
    reason: evaluation.reason,
    regarding: regarding
      ? { table: regarding.table, id: regarding.id, name: regarding.name, via: regarding.via }
      : null,
    parties: evaluation.parties.map((party) => ({
      role: party.role,
      address: party.address,
      resolved: party.resolved.map(({ table, id, name }) => ({ table, id, name })),
    })),
  });
}

/** A readable block for one message. */
export function toHumanText(outcome: FileOutcome): string {
  const name = outcome.file === STDIN_FILE ? '- (standard input)' : outcome.file;
  if (outcome.kind === 'failed') {
    return `${name}\n  Error:      ${outcome.error.message} (${outcome.error.code})\n`;
  }

  const { facts, evaluation } = outcome;
  const lines = [
    name,
    `  Subject:    ${facts.subject || '(no subject)'}`,
    `  Message-ID: ${facts.messageId ?? '(none)'}`,
    `  Folder:     ${facts.folder}, ${facts.direction}`,
    `  Verdict:    ${evaluation.verdict} (${evaluation.reason})`,
    `  Why:        ${evaluation.sentence}`,
    `  Regarding:  ${regardingText(evaluation)}`,
    ...evaluation.parties.map((party) => `  ${pad(`${roleLabel(party)}:`)}${partyText(party)}`),
    ...outcome.problems.map((problem) => `  Note:       ${problem}`),
  ];
  return `${lines.join('\n')}\n`;
}

function regardingText(evaluation: Evaluation): string {
  const regarding = evaluation.regarding;
  if (!regarding) return '(none)';
  return `${tableLabel(regarding.table)} ${regarding.name} (via ${regarding.via})`;
}

function partyText(party: PartyResolution): string {
  const records = party.resolved.map((record) => `${tableLabel(record.table)} ${record.name}`);
  const choice = senderChoice(party);
  const outcome: Record<PartyResolution['status'], string> = {
    resolved: choice ? `${records.join(', ')}. ${senderChoiceText(choice)}` : records.join(', '),
    several: records.join(', '),
    ambiguous: `unresolved, ${party.candidates.length} records share it`,
    // Unresolved though a row matched: the rules left its inactive rows out.
    unresolved: withNote('unresolved', inactiveMatchText(party, undefined)),
    invalid: 'not an email address',
  };
  return `${party.address} → ${outcome[party.status]}`;
}

function withNote(text: string, note: string | null): string {
  return note ? `${text}. ${note}` : text;
}

function roleLabel(party: PartyResolution): string {
  return { from: 'From', to: 'To', cc: 'Cc', bcc: 'Bcc' }[party.role];
}

function pad(label: string): string {
  return label.padEnd(12);
}
