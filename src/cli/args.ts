/** What `npm run explain -- ...` was asked to do. */
export interface ExplainOptions {
  files: string[];
  settingsPath: string | null;
  dataPath: string | null;
  userAddress: string | null;
  json: boolean;
  help: boolean;
}

export type ParsedArgs = { ok: true; options: ExplainOptions } | { ok: false; message: string };

export const USAGE = `Usage: npm run explain -- <file.eml>... [options]

Explains, for each message, whether the add-in would track it automatically and why.
A file named - is read from standard input (once): npm run explain -- - < message.eml
(write ./- for a file of that name).

Options:
  --settings <file>  settings in the local document format
                     ({usersettings, organization, orgdborgsettings, client});
                     its values win over the organization and user settings in the data
  --data <file>      CRM data in the seed format (default: data/demo-seed.json);
                     sets the tool does not read are noted on standard error
  --user <address>   the CRM user whose mailbox the messages are in (default: the first user)
  --json             one JSON object per message on standard output
  -h, --help         show this text

Exit status: 0 all explained; 1 bad options or an unreadable --settings/--data file;
2 at least one message file could not be read.
`;

/** The file name that stands for standard input. */
export const STDIN_FILE = '-';

const VALUE_OPTIONS = {
  '--settings': 'settingsPath',
  '--data': 'dataPath',
  '--user': 'userAddress',
} as const;

/** Parses the command line after the script name; never throws. */
export function parseExplainArgs(argv: readonly string[]): ParsedArgs {
  const options: ExplainOptions = {
    files: [],
    settingsPath: null,
    dataPath: null,
    userAddress: null,
    json: false,
    help: false,
  };

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--') {
      options.files.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '--json') {
      options.json = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }

    const [name, inline] = splitInline(arg);
    if (name in VALUE_OPTIONS) {
      const value = inline ?? argv[index + 1];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        return { ok: false, message: `${name} needs a value.` };
      }
      const key = VALUE_OPTIONS[name as keyof typeof VALUE_OPTIONS];
      if (options[key] !== null) return { ok: false, message: `${name} is given twice.` };
      options[key] = value;
      if (inline === undefined) index += 1;
      continue;
    }
    if (arg.startsWith('-') && arg !== STDIN_FILE) {
      return { ok: false, message: `Unknown option ${arg}.` };
    }
    options.files.push(arg);
  }

  if (options.files.filter((file) => file === STDIN_FILE).length > 1) {
    return { ok: false, message: 'Standard input (-) can be read only once.' };
  }

  if (!options.help && options.files.length === 0) {
    return { ok: false, message: 'Give at least one .eml file.' };
  }
  return { ok: true, options };
}

function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  if (!arg.startsWith('--') || equals < 0) return [arg, undefined];
  return [arg.slice(0, equals), arg.slice(equals + 1)];
}
