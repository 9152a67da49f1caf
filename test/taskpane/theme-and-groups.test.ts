import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor } from '../../src/taskpane/theme';
import { groupByTable } from '../../src/taskpane/RegardingSearch';
import type { RegardingCandidate } from '../../src/crm/crm-client';

describe('themeFor', () => {
  it.each([
    ['no Office theme', null, webLightTheme],
    ['a white pane', { bodyBackgroundColor: '#FFFFFF' }, webLightTheme],
    ['a dark grey pane', { bodyBackgroundColor: '#262626' }, webDarkTheme],
    ['a black pane without #', { bodyBackgroundColor: '000000' }, webDarkTheme],
    ['a colour that is not hex', { bodyBackgroundColor: 'black' }, webLightTheme],
  ])('%s', (_case, office, expected) => {
    expect(themeFor(office)).toBe(expected);
  });
});

describe('groupByTable', () => {
  const row = (table: RegardingCandidate['table'], name: string): RegardingCandidate => ({
    table,
    id: name,
    name,
    detail: '',
  });
  const rows = [row('contact', 'C'), row('incident', 'I'), row('account', 'A'), row('lead', 'L')];

  it.each([
    ['no default: the fixed order', '', ['account', 'contact', 'lead', 'incident']],
    ['the default table first', 'incident', ['incident', 'account', 'contact', 'lead']],
    ['the default in another case', ' Lead ', ['lead', 'account', 'contact', 'incident']],
    ['an unknown default is ignored', 'invoice', ['account', 'contact', 'lead', 'incident']],
  ])('%s', (_case, first, expected) => {
    expect(groupByTable(rows, first).map(([table]) => table)).toEqual(expected);
  });
});
