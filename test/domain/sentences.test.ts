import type { RecordRef } from '../../src/domain/crm-records';
import { userSentence } from '../../src/domain/sentences';

const DEAL: RecordRef = { table: 'opportunity', id: 'o-1', name: 'Contoso 500 licences' };

describe('the sentence for a correlated message', () => {
  it.each([
    [
      'references',
      false,
      'A reply to tracked mail, regarding the opportunity Contoso 500 licences.',
    ],
    [
      'references',
      true,
      'A forward of tracked mail, regarding the opportunity Contoso 500 licences.',
    ],
    [
      'in-reply-to',
      true,
      'A forward of tracked mail, regarding the opportunity Contoso 500 licences.',
    ],
    [
      'token',
      true,
      'Its tracking token belongs to tracked mail, regarding the opportunity ' +
        'Contoso 500 licences.',
    ],
  ] as const)('via %s, forward %s', (via, forward, sentence) => {
    expect(userSentence({ reason: 'CorrelationMatch', via, regarding: DEAL, forward })).toBe(
      sentence,
    );
  });

  it('says reply or forward without a regarding record too', () => {
    const detail = { reason: 'CorrelationMatch', via: 'references', regarding: null } as const;
    expect(userSentence(detail)).toBe('A reply to tracked mail.');
    expect(userSentence({ ...detail, forward: true })).toBe('A forward of tracked mail.');
  });
});
