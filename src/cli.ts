// The `verbatim` command line. Each command lives in src/cli/<command>.ts.
import { argv, exit, stderr, stdout } from 'node:process';
import { archive } from './cli/archive.js';
import { emailCard } from './cli/email-card.js';
import { check } from './cli/check.js';
import { checkQuotes } from './cli/check-quotes.js';
import { convert } from './cli/convert.js';
import { embed } from './cli/embed.js';
import { html } from './cli/html.js';
import { importFeed } from './cli/import.js';

interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  'email-card': emailCard,
  convert,
  check,
  'check-quotes': checkQuotes,
  embed,
  html,
  import: importFeed,
  archive,
};

const usage = (): string => [
  'Usage: verbatim <command> [options]',
  '',
  'Commands:',
  ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(13)} ${command.summary}`),
  '',
].join('\n');

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    stderr.write(`verbatim: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

main(argv.slice(2)).then(
  (code) => exit(code),
  (error: unknown) => {
    stderr.write(`verbatim: ${(error as Error).message}\n`);
    exit(1);
  },
);
