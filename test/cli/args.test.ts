import { USAGE, parseExplainArgs } from '../../src/cli/args';

describe('parseExplainArgs', () => {
  it('reads files and every option, in either form', () => {
    const parsed = parseExplainArgs([
      'a.eml',
      '--settings',
      's.json',
      '--data=d.json',
      '--user',
      'test@fabrikam.example',
      '--json',
      'b.eml',
    ]);
    expect(parsed).toEqual({
      ok: true,
      options: {
        files: ['a.eml', 'b.eml'],
        settingsPath: 's.json',
        dataPath: 'd.json',
        userAddress: 'test@fabrikam.example',
        json: true,
        help: false,
      },
    });
  });

  it('takes everything after -- as files', () => {
    const parsed = parseExplainArgs(['--json', '--', '--odd-name.eml']);
    expect(parsed.ok && parsed.options.files).toEqual(['--odd-name.eml']);
  });

  it('takes - as standard input, among other files', () => {
    const parsed = parseExplainArgs(['a.eml', '-', '--json']);
    expect(parsed.ok && parsed.options.files).toEqual(['a.eml', '-']);
  });

  it('documents - in the usage', () => {
    expect(USAGE).toMatch(/A file named - is read from standard input/);
  });

  it('accepts --help without files', () => {
    const parsed = parseExplainArgs(['--help']);
    expect(parsed.ok && parsed.options.help).toBe(true);
  });

  it.each([
    [['a.eml', '--verbose'], 'Unknown option --verbose.'],
    [['a.eml', '--settings'], '--settings needs a value.'],
    [['a.eml', '--data', '--json'], '--data needs a value.'],
    [['a.eml', '--user='], '--user needs a value.'],
    [['a.eml', '--data', 'x', '--data', 'y'], '--data is given twice.'],
    [['--json'], 'Give at least one .eml file.'],
    [['-', 'a.eml', '-'], 'Standard input (-) can be read only once.'],
  ])('refuses %j', (argv, message) => {
    expect(parseExplainArgs(argv)).toEqual({ ok: false, message });
  });
});
