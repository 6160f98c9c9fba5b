import { parseArgs } from 'node:util';
import { isDirectiveGraphError } from '../errors.js';
import { EXIT } from './types.js';

/**
 * One way to write a subcommand: its name, summary, options and run function. The argument
 * parsing, `--help`, `directive-graph help <command>`, the usage shown with a usage error and the
 * line in the top-level help are all derived from it, so they cannot drift apart.
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in the help: `--limit N`. */
  value?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K]['type'] extends 'boolean' ? boolean : string | undefined;
};

export interface CommandSpec<O extends OptionSpecs> {
  name: string;
  /** One line, for the top-level help. */
  summary: string;
  /** What the usage line shows after the command name (options excluded): `<file|folder>...`. */
  args?: string;
  /** A paragraph: what the command does. */
  description: string;
  options: O;
  /** Text after the options: environment variables, exit codes. */
  notes?: string;
  /** Throw a DG_USAGE error for a bad argument: the message is printed with the usage, exit 2. */
  run(values: OptionValues<O>, positionals: string[]): Promise<number>;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(argv: string[]): Promise<number>;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'this text' };

function optionLabel(name: string, o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`;
}

export function helpText<O extends OptionSpecs>(spec: CommandSpec<O>): string {
  const options = Object.entries({ ...spec.options, help: HELP_OPTION });
  const labels = options.map(([name, o]) => optionLabel(name, o));
  const width = Math.max(...labels.map((l) => l.length));
  const lines = options.map(([, o], i) => {
    const [first, ...rest] = o.description.split('\n');
    return [`  ${labels[i]!.padEnd(width)}  ${first}`, ...rest.map((r) => `  ${''.padEnd(width)}  ${r}`)].join('\n');
  });
  return [
    `Usage: directive-graph ${spec.name}${spec.args ? ` ${spec.args}` : ''}${Object.keys(spec.options).length > 0 ? ' [options]' : ''}`,
    '',
    spec.description,
    '',
    'Options:',
    ...lines,
    ...(spec.notes ? ['', spec.notes] : []),
  ].join('\n');
}

export function defineCommand<O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  const help = helpText(spec);
  const usageError = (message: string): number => {
    process.stderr.write(`directive-graph ${spec.name}: ${message}\n\n${help}\n`);
    return EXIT.USAGE;
  };
  return {
    name: spec.name,
    summary: spec.summary,
    help,
    async run(argv: string[]): Promise<number> {
      const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
      for (const [name, o] of Object.entries({ ...spec.options, help: HELP_OPTION })) {
        options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}) };
      }
      let parsed;
      try {
        parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
      } catch (e) {
        return usageError(e instanceof Error ? e.message : String(e));
      }
      if (parsed.values.help) {
        process.stdout.write(`${help}\n`);
        return EXIT.OK;
      }
      const values: Record<string, unknown> = {};
      for (const [name, o] of Object.entries(spec.options)) {
        const v = parsed.values[name];
        values[name] = o.type === 'boolean' ? v === true : v;
      }
      try {
        return await spec.run(values as OptionValues<O>, parsed.positionals);
      } catch (e) {
        if (isDirectiveGraphError(e) && e.code === 'DG_USAGE') return usageError(e.message);
        throw e;
      }
    },
  };
}
