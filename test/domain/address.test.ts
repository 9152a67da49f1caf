import {
  domainToAscii,
  isSmtpAddress,
  normalizeAddress,
  parseMailboxList,
  sameAddress,
  addressKey,
} from '../../src/domain/address';

describe('normalizeAddress', () => {
  it.each([
    ['alice@contoso.example', 'alice@contoso.example'],
    ['  Alice@Contoso.Example ', 'Alice@contoso.example'],
    ['<bob@fabrikam.example>', 'bob@fabrikam.example'],
    ['jörg@bücher.example', 'jörg@xn--bcher-kva.example'],
    ['Jörg@BÜCHER.example', 'Jörg@xn--bcher-kva.example'],
    ['taro@例え.テスト', 'taro@xn--r8jz45g.xn--zckzah'],
    ['first.last+tag@contoso.example', 'first.last+tag@contoso.example'],
    ['MAILER-DAEMON@ISP.example', 'MAILER-DAEMON@isp.example'],
    ['MAILER-DAEMON', 'MAILER-DAEMON'],
  ])('%j -> %j (local part as written)', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });

  it.each([
    ['  Alice@Contoso.Example ', 'alice@contoso.example'],
    ['Jörg@BÜCHER.example', 'jörg@xn--bcher-kva.example'],
  ])('compares %j as %j', (raw, key) => {
    expect(addressKey(raw)).toBe(key);
  });

  it('makes an IDN domain and its punycode form compare equal', () => {
    expect(sameAddress('info@bücher.example', 'INFO@xn--bcher-kva.example')).toBe(true);
    expect(sameAddress('info@bücher.example', 'info@bucher.example')).toBe(false);
  });

  it('leaves a domain it cannot convert lower-cased', () => {
    expect(domainToAscii('[192.0.2.1]')).toBe('[192.0.2.1]');
    expect(domainToAscii('BAD DOMAIN')).toBe('bad domain');
  });
});

describe('isSmtpAddress', () => {
  it.each<[string, boolean]>([
    ['alice@contoso.example', true],
    [' alice@contoso.example ', true],
    ['jörg@bücher.example', true],
    ['"alice contoso"@contoso.example', true],
    ['user@[192.0.2.1]', true],
    ['MAILER-DAEMON', false],
    ['', false],
    ['alice', false],
    ['@contoso.example', false],
    ['alice@', false],
    ['alice contoso@contoso.example', false],
    ['alice@contoso example', false],
    ['alice@@contoso.example', false],
    ['/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=bob', false],
    ['/O=CONTOSO/OU=FIRST ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=ALICE@X', false],
    ['EX:/o=Contoso/ou=Exchange/cn=Recipients/cn=alice', false],
    ['alice@contoso..example', false],
  ])('%j -> %s', (raw, expected) => {
    expect(isSmtpAddress(raw)).toBe(expected);
  });
});

describe('parseMailboxList', () => {
  const m = (name: string, address: string) => ({ name, address });

  it.each<[string, string, { name: string; address: string }[]]>([
    ['bare address', 'carol@northwind.example', [m('', 'carol@northwind.example')]],
    ['angle only', '<bob@fabrikam.example>', [m('', 'bob@fabrikam.example')]],
    [
      'name and angle',
      'Bob Fabrikam <bob@fabrikam.example>',
      [m('Bob Fabrikam', 'bob@fabrikam.example')],
    ],
    [
      'quoted name with ; and escaped quotes',
      '"Giant; \\"Big\\" Box" <sysservices@litware.example>',
      [m('Giant; "Big" Box', 'sysservices@litware.example')],
    ],
    [
      'quoted name with comma',
      '"Fabrikam, Bob" <bob@fabrikam.example>, alice@contoso.example',
      [m('Fabrikam, Bob', 'bob@fabrikam.example'), m('', 'alice@contoso.example')],
    ],
    [
      'unquoted name holding @',
      'dave@tailspin.example, Bob@Fabrikam <bob@fabrikam.example>',
      [m('', 'dave@tailspin.example'), m('Bob@Fabrikam', 'bob@fabrikam.example')],
    ],
    ['name with ? and .', 'Who? <dave@tailspin.example>', [m('Who?', 'dave@tailspin.example')]],
    [
      'comment as name',
      'alice@contoso.example (Alice Contoso)',
      [m('Alice Contoso', 'alice@contoso.example')],
    ],
    [
      'trailing comma and fold',
      'Bob Fabrikam <bob@fabrikam.example>, \r\n    Dave <dave@tailspin.example>,',
      [m('Bob Fabrikam', 'bob@fabrikam.example'), m('Dave', 'dave@tailspin.example')],
    ],
    ['empty group with a comment', 'undisclosed-recipients:; (no one here)', []],
    [
      'group with members',
      'Team: alice@contoso.example, Bob <bob@fabrikam.example>;, carol@northwind.example',
      [
        m('', 'alice@contoso.example'),
        m('Bob', 'bob@fabrikam.example'),
        m('', 'carol@northwind.example'),
      ],
    ],
    [
      'split encoded words joined',
      '=?iso-8859-1?Q?J=F6rg?= =?iso-8859-1?Q?_N=F6rthwind?=\r\n  <joerg@northwind.example>',
      [m('Jörg Nörthwind', 'joerg@northwind.example')],
    ],
    [
      'plain word then encoded word',
      'Dave =?iso-8859-1?Q?Tailsp=EDn?= <dave@tailspin.example>',
      [m('Dave Tailspín', 'dave@tailspin.example')],
    ],
    [
      'UTF-7 B-encoded name',
      '=?utf-7?B?SitBUFktcmcgTitBUFktcnRod2luZA==?= <joerg@northwind.example>',
      [m('Jörg Nörthwind', 'joerg@northwind.example')],
    ],
    [
      'encoded word holding a comma',
      '=?utf-8?Q?Fabrikam,_Bob?= <bob@fabrikam.example>',
      [m('Fabrikam, Bob', 'bob@fabrikam.example')],
    ],
    [
      'Exchange legacy DN',
      'Bob </o=Fabrikam/ou=Exchange/cn=Recipients/cn=bob>',
      [m('Bob', '/o=Fabrikam/ou=Exchange/cn=Recipients/cn=bob')],
    ],
    ['obsolete route', '<@relay.example:alice@contoso.example>', [m('', 'alice@contoso.example')]],
    ['unclosed angle', 'Alice <alice@contoso.example', [m('Alice', 'alice@contoso.example')]],
    ['empty', '', []],
    ['only commas', ' , ,', []],
  ])('%s', (_name, value, expected) => {
    expect(parseMailboxList(value)).toEqual(expected);
  });
});
