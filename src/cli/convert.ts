// `verbatim convert FILE`: any transcript format → Verbatim JSON on stdout.
import { stderr } from 'node:process';
import { TranscriptError } from '../core/errors.js';
import { TRANSCRIPT_FORMATS, readTranscript } from '../core/parse.js';
import { CANNOT_READ, CommandError, FORMAT_LIST, command, fileCommandLine, fileFormat, formatOption, readText, warningLine, write } from './command.js';

const USAGE = `Usage: verbatim convert FILE [options] > transcript.json

Reads a transcript and writes it as Verbatim JSON to stdout; what the reader
skipped is listed on stderr. FILE "-" reads standard input.
Formats: ${FORMAT_LIST}.

Options:
  --format F     the format of FILE (default: detected from its content, else
                 from its extension)
  --id ID        the transcript's id (default: its own, else "transcript")
  --title TEXT   the transcript's title (default: its own, else "Transcript")
  -h, --help     show this help
`;

const OPTIONS = {
  format: { type: 'string' },
  id: { type: 'string' },
  title: { type: 'string' },
} as const;

export const convert = command('convert', `a transcript file (${TRANSCRIPT_FORMATS.join(', ')}) as Verbatim JSON`, async (args) => {
  const { values, file, help } = fileCommandLine(args, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  const format = formatOption(values.format);
  const text = await readText(file);
  let reading;
  try {
    reading = readTranscript(text, { format: fileFormat(file, text, format), id: values.id, title: values.title });
  } catch (error) {
    if (error instanceof TranscriptError) throw new CommandError(`${file}: ${error.message}`, CANNOT_READ);
    throw error;
  }
  for (const warning of reading.warnings) stderr.write(`verbatim convert: ${warningLine(file, warning)}`);
  await write(`${JSON.stringify(reading.transcript, null, 2)}\n`);
  return 0;
});
