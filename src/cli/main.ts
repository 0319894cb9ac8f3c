import { localeFor, setLocale, toLocale, type Locale } from '../i18n/locale';
import { msg } from '../i18n/messages';
import { commandsHelp } from './args';
import type { CommandName } from './commands';
import { processIo, type CliIo } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Commands load from here, on demand (help and a mistyped command load none); their options are
 * in one table (commands.ts), each module owns its work and messages.
 */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  parse: async () => (await import('./parse-command')).runParse,
  build: async () => (await import('./build-command')).runBuild,
  check: async () => (await import('./check-command')).runCheck,
  list: async () => (await import('./list-command')).runList,
};

/**
 * `--lang vi|en` (or `--lang=en`) anywhere before a `--`, taken out of the arguments so every
 * command accepts it without declaring it. `bad` holds a value that names no language.
 */
export function takeLang(argv: string[]): { args: string[]; locale?: Locale; bad?: string } {
  const args: string[] = [];
  let locale: Locale | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const inline = /^--lang=(.*)$/.exec(a);
    if (a !== '--lang' && !inline) {
      args.push(a);
      continue;
    }
    const value = inline ? (inline[1] as string) : (argv[++i] ?? '');
    const l = toLocale(value);
    if (!l) return { args, bad: value };
    locale = l;
  }
  return locale ? { args, locale } : { args };
}

/**
 * Entry point. Every failure the user can cause ends as one line on stderr and exit code 2; a
 * stack trace would only show that we failed to say what went wrong. The language: --lang, else
 * PLAN_TRACKER_LANG, else Vietnamese; set for every run, so one run never leaks into the next.
 */
export async function main(argv: string[], io: CliIo = processIo, env: Record<string, string | undefined> = process.env): Promise<number> {
  setLocale(localeFor(env.PLAN_TRACKER_LANG));
  const lang = takeLang(argv);
  if (lang.bad !== undefined) {
    io.err(msg('cli.bad-lang', { value: lang.bad }));
    return 2;
  }
  if (lang.locale) setLocale(lang.locale);
  const [name, ...rest] = lang.args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(msg('cli.usage', { commands: commandsHelp() }));
    return name ? 0 : 2;
  }
  // "plan-tracker build --help": the same help, whatever the command.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(msg('cli.usage', { commands: commandsHelp() }));
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : undefined;
  if (!load) {
    io.err(msg('cli.unknown-command', { name, commands: Object.keys(COMMANDS).join(', ') }));
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    io.err(msg('cli.internal-error', { command: name, error: (e as Error).message ?? String(e) }));
    return 2;
  }
}
