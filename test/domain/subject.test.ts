import {
  FORWARD_PREFIXES,
  normalizeSubjectForComparison,
  REPLY_PREFIXES,
  stripSubjectPrefixes,
  subjectKind,
} from '../../src/domain/subject';

describe('prefix lists', () => {
  it('hold exactly the prefixes of the spec', () => {
    expect([...REPLY_PREFIXES].sort()).toEqual(
      [
        'RE',
        'AW',
        'SV',
        'ANTW',
        'ANTWORT',
        'RES',
        'R',
        'ODP',
        'YNT',
        'ATB',
        'REF',
        'RIF',
        'HV',
      ].sort(),
    );
    expect([...FORWARD_PREFIXES].sort()).toEqual(
      [
        'FW',
        'FWD',
        'WG',
        'TR',
        'RV',
        'ENC',
        'I',
        'VS',
        'VB',
        'VL',
        'PD',
        'WT',
        'DOORST',
        'FS',
        'TRS',
        'YML',
        'ILT',
      ].sort(),
    );
  });
});

describe('subject prefixes', () => {
  it.each<[string, string, 'reply' | 'forward' | 'none', string]>([
    ['Re: Meeting', 'Meeting', 'reply', 'English reply'],
    ['RE: RE: Meeting', 'Meeting', 'reply', 'repeated'],
    ['Fwd: Re: Meeting', 'Meeting', 'forward', 'first prefix decides: forward'],
    ['Re: Fwd: Meeting', 'Meeting', 'reply', 'first prefix decides: reply'],
    ['R: R: R: I: FR-contoso LA contosoE', 'FR-contoso LA contosoE', 'reply', 'Italian Outlook'],
    ['I: Offerta', 'Offerta', 'forward', 'Italian forward'],
    ['AW: WG: Angebot', 'Angebot', 'reply', 'German'],
    ['WG: Angebot', 'Angebot', 'forward', 'German forward'],
    ['SV: Møde', 'Møde', 'reply', 'Danish'],
    ['VS: Møde', 'Møde', 'forward', 'Finnish forward'],
    ['TR : Réunion', 'Réunion', 'forward', 'French with space before colon'],
    ['RES: Reunião', 'Reunião', 'reply', 'Portuguese'],
    ['ENC: Reunião', 'Reunião', 'forward', 'Portuguese forward'],
    ['RV: Reunión', 'Reunión', 'forward', 'Spanish forward'],
    ['ODP: Spotkanie', 'Spotkanie', 'reply', 'Polish'],
    ['PD: Spotkanie', 'Spotkanie', 'forward', 'Polish forward'],
    ['YNT: Toplantı', 'Toplantı', 'reply', 'Turkish'],
    ['İLT: Toplantı', 'Toplantı', 'forward', 'Turkish forward as Outlook writes it'],
    ['ILT: Toplantı', 'Toplantı', 'forward', 'Turkish forward'],
    ['ATB: Susitikimas', 'Susitikimas', 'reply', 'Lithuanian'],
    ['HV: Møte', 'Møte', 'reply', 'Icelandic'],
    ['DOORST: Vergadering', 'Vergadering', 'forward', 'Dutch forward'],
    ['Antw: Vergadering', 'Vergadering', 'reply', 'Dutch'],
    ['RE：会議', '会議', 'reply', 'full-width colon'],
    ['FW：RE：会議', '会議', 'forward', 'full-width colons'],
    ['Re[2]: Meeting', 'Meeting', 'reply', 'bracket counter'],
    ['RE(3): Meeting', 'Meeting', 'reply', 'parenthesis counter'],
    ['re:Re:meeting', 'meeting', 'reply', 'no spaces'],
    ['[EXTERNAL] RE: Meeting', 'Meeting', 'reply', 'tag before a prefix'],
    ['RE: [EXTERNAL] FW: Meeting', 'Meeting', 'reply', 'tag inside the run'],
    ['RE: [ticket 42] Meeting', '[ticket 42] Meeting', 'reply', 'tag after the run kept'],
    ['[EXTERNAL] Meeting', '[EXTERNAL] Meeting', 'none', 'tag without prefix kept'],
    ['OT: football', 'OT: football', 'none', 'OT is not a prefix'],
    ['Invoice: 42', 'Invoice: 42', 'none', 'Invoice is not a prefix'],
    ['Meeting re: budget', 'Meeting re: budget', 'none', 'prefix not leading'],
    ['  Re:   spaced    out  ', 'spaced out', 'reply', 'whitespace collapsed'],
    ['Read: book', 'Read: book', 'none', 'longer word is not RE'],
    ['', '', 'none', 'empty'],
  ])('%j -> %j (%s) [%s]', (subject, stripped, kind, _why) => {
    expect(stripSubjectPrefixes(subject)).toBe(stripped);
    const result = subjectKind(subject);
    expect(result.isReply).toBe(kind === 'reply');
    expect(result.isForward).toBe(kind === 'forward');
    expect(result.firstPrefix === null).toBe(kind === 'none');
  });

  it('reports the first prefix upper-cased', () => {
    expect(subjectKind('fwd: re: x').firstPrefix).toBe('FWD');
  });

  it('compares case-insensitively after stripping', () => {
    expect(normalizeSubjectForComparison('RE: Budget  2024')).toBe(
      normalizeSubjectForComparison('budget 2024'),
    );
    expect(normalizeSubjectForComparison('AW: Größe')).toBe('größe');
  });
});
