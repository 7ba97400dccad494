// `verbatim check FILE`: every problem that stops a file from being read as a transcript.
import { TranscriptError } from '../core/errors.js';
import { parseJson } from '../core/formats/json.js';
import type { TranscriptWarning } from '../core/errors.js';
import { readTranscript } from '../core/parse.js';
import type { TranscriptFormat } from '../core/parse.js';
import type { Transcript, ValidationProblem } from '../core/types.js';
import { validateTranscript } from '../core/validate.js';
import { CANNOT_READ, FORMAT_LIST, command, fileCommandLine, fileFormat, formatOption, readText, warningLine, write } from './command.js';

const USAGE = `Usage: verbatim check FILE [--format F]

Checks a transcript and reports every problem, one a line, then what the reader
skipped (warnings), then a summary. Exits with 1 when there is any problem.
Formats: ${FORMAT_LIST}.

Options:
  --format F     the format of FILE (default: detected from its content, else
                 from its extension)
  -h, --help     show this help
`;

type Outcome = { transcript: Transcript; warnings: TranscriptWarning[] } | { problems: ValidationProblem[] };

/** Verbatim JSON is validated in full; the other formats stop at their first problem. */
function examine(text: string, format: TranscriptFormat): Outcome {
  try {
    if (format !== 'verbatim') return readTranscript(text, { format });
    const result = validateTranscript(parseJson(text));
    return result.ok ? { transcript: result.transcript, warnings: [] } : { problems: result.errors };
  } catch (error) {
    if (!(error instanceof TranscriptError)) throw error;
    const { line, path, reason } = error;
    return { problems: [{ path: line !== undefined ? `line ${line}` : path ?? '', message: reason }] };
  }
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const check = command('check', 'report every problem in a transcript file (exit status 1 when any)', async (args) => {
  const { values, file, help } = fileCommandLine(args, { format: { type: 'string' } } as const, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  const given = formatOption(values.format);
  const text = await readText(file);
  const format = fileFormat(file, text, given);
  const outcome = examine(text, format);
  if ('problems' in outcome) {
    const lines = outcome.problems.map(({ path, message }) => `${file}: ${path ? `${path}: ` : ''}${message}\n`);
    await write(`${lines.join('')}${file}: ${plural(outcome.problems.length, 'problem')} (read as ${format}).\n`);
    return CANNOT_READ;
  }
  const { transcript: { segments, speakers }, warnings } = outcome;
  const timed = segments.some((segment) => segment.start !== undefined) ? ', timed' : '';
  const skipped = warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : '';
  await write(`${warnings.map((warning) => warningLine(file, warning)).join('')}`
    + `${file}: no problems${skipped} (read as ${format}: ${plural(segments.length, 'segment')}, ${plural(speakers.length, 'speaker')}${timed}).\n`);
  return 0;
});
