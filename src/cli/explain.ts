import { isTrackerError } from '../domain/errors';
import { USAGE, parseExplainArgs } from './args';
import { describeError, loadExplainContext } from './context';
import { explainFile } from './explain-file';
import { toHumanText, toJsonLine } from './format';

/**
 * `npm run explain -- <file.eml>... [--settings f] [--data f] [--user address] [--json]`.
 * Standard output carries only results; notes and errors go to standard error.
 * Returns the exit status: 0 ok, 1 bad options or unreadable --settings/--data, 2 a file failed.
 */
export async function runExplain(
  argv: readonly string[],
  io: {
    out(text: string): void;
    err(text: string): void;
    /** Standard input, for the file `-` (default: the process's). */
    stdin?: () => Promise<Uint8Array>;
  },
): Promise<number> {
  const parsed = parseExplainArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n\n${USAGE}`);
    return 1;
  }
  const options = parsed.options;
  if (options.help) {
    io.out(USAGE);
    return 0;
  }

  let context;
  try {
    context = await loadExplainContext(options);
  } catch (error) {
    io.err(`${isTrackerError(error) ? error.message : describeError(error)}\n`);
    return 1;
  }
  for (const note of context.notes) io.err(`Note: ${note}\n`);
  for (const { source, issue } of context.issues) {
    const outcome = issue.used === '(ignored)' ? 'ignored' : `using ${issue.used}`;
    io.err(`Setting ${issue.key} from ${source}: ${issue.reason}; ${outcome}.\n`);
  }
  for (const name of Object.keys(context.settings.orgdborgsettings.unknown)) {
    io.err(`Note: OrgDBOrgSettings has ${name}, which this tool does not know; it is ignored.\n`);
  }

  let failed = false;
  for (const file of options.files) {
    const outcome = await explainFile(file, context, io.stdin);
    if (outcome.kind === 'failed') failed = true;
    io.out(options.json ? `${toJsonLine(outcome)}\n` : `${toHumanText(outcome)}\n`);
  }
  return failed ? 2 : 0;
}

if (require.main === module) {
  // `npm run` moves to the package root; relative paths are meant from where the user typed.
  const typedIn = process.env.INIT_CWD;
  if (process.env.npm_lifecycle_event === 'explain' && typedIn) process.chdir(typedIn);

  // A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });

  runExplain(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`explain failed: ${describeError(error)}\n`);
      process.exitCode = 1;
    },
  );
}
