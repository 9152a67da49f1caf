import { render, screen } from '@testing-library/react';
import { keyParts, SettingKey } from '../../../src/taskpane/options/SettingKey';

describe('keyParts', () => {
  it.each([
    [
      'IgnoreConversationIndexAndInReplyToForCorrelation',
      ['Ignore', 'Conversation', 'Index', 'And', 'In', 'Reply', 'To', 'For', 'Correlation'],
    ],
    [
      'SSSForceFilteringMethodForUserMailboxes',
      ['SSSForce', 'Filtering', 'Method', 'For', 'User', 'Mailboxes'],
    ],
    ['OverrideV5SenderConflictResolution', ['Override', 'V5', 'Sender', 'Conflict', 'Resolution']],
    ['VerboseErrorsOnPromoteToCRM', ['Verbose', 'Errors', 'On', 'Promote', 'To', 'CRM']],
    ['client.localDataRefreshMinutes', ['client.', 'local', 'Data', 'Refresh', 'Minutes']],
    ['isduplicatedetectionenabledwhengoingonline', ['isduplicatedetectionenabledwhengoingonline']],
    ['k', ['k']],
  ])('splits %p at its word joins', (key, parts) => {
    expect(keyParts(key)).toEqual(parts);
  });
});

describe('SettingKey', () => {
  it('shows the key whole as text, with break opportunities between its words', () => {
    render(<SettingKey name="client.backgroundTrack" />);

    const code = screen.getByText('client.backgroundTrack');
    expect(code.tagName).toBe('CODE');
    expect(code.textContent).toBe('client.backgroundTrack');
    expect(code.querySelectorAll('wbr')).toHaveLength(2);
  });
});
