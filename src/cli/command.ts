// What the transcript commands (convert, check) share: arguments, reading a file, errors.
import { readFile } from 'node:fs/promises';
import { stderr, stdin, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { TranscriptError, describeProblem } from '../core/errors.js';
import type { TranscriptWarning } from '../core/errors.js';
import { setHtmlScanner } from '../core/formats/html.js';
import { scanWithParse5 } from '../core/formats/html-parse5.js';
import { FORMAT_READERS } from '../core/formats/registry.js';
import { formatFromFileName } from '../core/load.js';
import { TRANSCRIPT_FORMATS, detectFormat, readTranscript } from '../core/parse.js';
import type { TranscriptFormat } from '../core/parse.js';
import type { Transcript } from '../core/types.js';

// Node has no DOMParser: the command line reads HTML transcripts with parse5.
setHtmlScanner(scanWithParse5);

/** "verbatim, podcast-json (Podcasting 2.0 JSON), vtt (WebVTT), …" for help texts, from the format registry. */
export const FORMAT_LIST = FORMAT_READERS.map((reader) => `${reader.name} (${reader.label})`).join(', ');

/** One warning as a line of output: "talk.vtt: line 5: warning: …". */
export const warningLine = (file: string, { line, reason }: TranscriptWarning): string =>
  `${describeProblem({ source: file, line, reason: `warning: ${reason}` })}\n`;

/** Exit statuses: 1 for a file that cannot be read (or has problems), 2 for a wrong command line. */
export const CANNOT_READ = 1;
export const USAGE_ERROR = 2;

/** A failure to report in one line, with the exit status it gives. */
export class CommandError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export const write = (text: string): Promise<void> => new Promise((resolve) => stdout.write(text, () => resolve()));

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values of parsed options: text for string options, true or false for boolean ones. */
export type OptionValues<T extends Options> = { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

/** Parses `args` against `options` (plus -h/--help); a bad command line is a usage error. */
export function commandLine<T extends Options>(args: string[], options: T, usage: string): { values: OptionValues<T>; positionals: string[]; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${usage}`, USAGE_ERROR);
  }
  const help = (parsed.values as { help?: boolean }).help === true;
  return { values: parsed.values as OptionValues<T>, positionals: parsed.positionals, help };
}

/** Parses `args` against `options` (plus -h/--help), expecting exactly one FILE. */
export function fileCommandLine<T extends Options>(args: string[], options: T, usage: string): { values: OptionValues<T>; file: string; help: boolean } {
  const { values, positionals, help } = commandLine(args, options, usage);
  if (!help && positionals.length !== 1) throw new CommandError(`expected one FILE.\n\n${usage}`, USAGE_ERROR);
  return { values, file: positionals[0] ?? '', help };
}

/** The --format value, checked against the formats parseTranscript reads. */
export function formatOption(value: string | undefined): TranscriptFormat | undefined {
  if (value === undefined || (TRANSCRIPT_FORMATS as readonly string[]).includes(value)) return value as TranscriptFormat | undefined;
  throw new CommandError(`--format must be one of ${TRANSCRIPT_FORMATS.join(', ')}, not "${value}".`, USAGE_ERROR);
}

/**
 * The format to read FILE as: --format, else what its content looks like; content that looks
 * like nothing in particular (plain text) in a file named for a format (talk.vtt) is read as
 * that format, so that its problems are reported rather than its lines taken for text.
 */
export function fileFormat(file: string, text: string, given: TranscriptFormat | undefined): TranscriptFormat {
  const detected = given ?? detectFormat(text);
  return detected === 'text' && !given ? formatFromFileName(file) ?? detected : detected;
}

/** The text of FILE, or of standard input for "-". */
export async function readText(file: string): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    let text = '';
    stdin.setEncoding('utf8');
    for await (const chunk of stdin) text += chunk;
    return text;
  } catch (error) {
    throw new CommandError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, CANNOT_READ);
  }
}

/**
 * The transcript in FILE (any format parseTranscript reads); one that cannot be read is
 * CANNOT_READ. What a lenient reader skipped or mended goes to stderr, a line each, as
 * `verbatim <command>: FILE: line N: warning: …`, so that nothing is dropped unsaid.
 */
export async function readTranscriptFile(file: string, commandName: string): Promise<Transcript> {
  const text = await readText(file);
  let reading;
  try {
    reading = readTranscript(text, { format: fileFormat(file, text, undefined) });
  } catch (error) {
    if (error instanceof TranscriptError) throw new CommandError(`${file}: ${error.message}`, CANNOT_READ);
    throw error;
  }
  for (const warning of reading.warnings) stderr.write(`verbatim ${commandName}: ${warningLine(file, warning)}`);
  return reading.transcript;
}

/** A command for src/cli.ts whose CommandErrors become a message and an exit status. */
export function command(name: string, summary: string, run: (args: string[]) => Promise<number>) {
  return {
    summary,
    async run(args: string[]): Promise<number> {
      try {
        return await run(args);
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
        stderr.write(`verbatim ${name}: ${error.message.trimEnd()}\n`);
        return error.status;
      }
    },
  };
}
