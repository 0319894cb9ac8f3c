import { processIo, type CliIo } from './io';
import { runParse } from './parse-command';

const USAGE = `Plan Tracker: Vietnamese plan appendices to tracking workbooks.

  plan-tracker parse <input> [--year YYYY] [--json]
  plan-tracker build <input> -o <out.xlsx> [--template <book.xlsx>] [--figures <figures.csv>] [--year YYYY] [--today YYYY-MM-DD]
  plan-tracker check <book.xlsx> [--today YYYY-MM-DD] [--json]`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Commands register here; each module owns its arguments and messages. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: async () => runParse,
  build: async () => (await import('./build-command')).runBuild,
  check: async () => (await import('./check-command')).runCheck,
};

/**
 * Entry point. Every failure the user can cause ends as one line on stderr and exit code 2; a
 * stack trace would only show that we failed to say what went wrong.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`plan-tracker: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    io.err(`plan-tracker ${name}: internal error: ${(e as Error).message ?? String(e)} (please report this with the input file)`);
    return 2;
  }
}
