/**
 * Every command and every option of `plan-tracker`, in one table: the parser reads its options
 * from here (src/cli/args.ts parseCommandArgs, typed by it: no casts), and the usage lines and
 * `--help` are written from it, each option with its meaning from the catalog (cli.help.*).
 * A new option is one row here and one catalog entry; a new command is one entry here and its
 * loader in main.ts.
 */
import type { MessageKey } from '../i18n/messages';

export type HelpKey = Extract<MessageKey, `cli.help.${string}`>;

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given several times; the values come as a list. */
  readonly multiple?: boolean;
  /** How the value is written in the usage line: YYYY, <out.xlsx>. */
  readonly value?: string;
  /** The command cannot run without it: shown without brackets. */
  readonly required?: boolean;
  readonly help: HelpKey;
}

export interface CommandSpec {
  /** The operands after the command's name: <input>. */
  readonly operands: string;
  readonly help: HelpKey;
  readonly options: Readonly<Record<string, OptionSpec>>;
}

const YEAR = { type: 'string', value: 'YYYY', help: 'cli.help.year' } as const;
const TODAY = { type: 'string', value: 'YYYY-MM-DD', help: 'cli.help.today' } as const;
const JSON_OUT = { type: 'boolean', help: 'cli.help.json' } as const;
const NOISE = { type: 'string', multiple: true, value: 'PATTERN', help: 'cli.help.noise' } as const;

export const COMMAND_SPECS = {
  parse: {
    operands: '<input>',
    help: 'cli.help.parse',
    options: { year: YEAR, json: JSON_OUT, noise: NOISE },
  },
  build: {
    operands: '<input>',
    help: 'cli.help.build',
    options: {
      output: { type: 'string', short: 'o', value: '<out.xlsx>', required: true, help: 'cli.help.output' },
      template: { type: 'string', value: '<book.xlsx>', help: 'cli.help.template' },
      figures: { type: 'string', value: '<figures.csv>', help: 'cli.help.figures' },
      year: YEAR,
      today: TODAY,
      noise: NOISE,
    },
  },
  check: {
    operands: '<book.xlsx>',
    help: 'cli.help.check',
    options: { today: TODAY, json: JSON_OUT },
  },
  list: {
    operands: '<book.xlsx>',
    help: 'cli.help.list',
    options: { json: JSON_OUT },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_SPECS;
