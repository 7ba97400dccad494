// `verbatim convert FILE`: any transcript format → Verbatim JSON on stdout.
import { stderr } from 'node:process';
import { TranscriptError } from '../core/errors.js';
import { applyChapters } from '../core/feed/chapters.js';
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
  --chapters F   a chapters file (Podcasting 2.0 JSON or a WebVTT chapters track): its
                 chapters become the transcript's topics
  -h, --help     show this help
`;

const OPTIONS = {
  format: { type: 'string' },
  id: { type: 'string' },
  title: { type: 'string' },
  chapters: { type: 'string' },
} as const;

export const convert = command('convert', `a transcript file (${TRANSCRIPT_FORMATS.join(', ')}) as Verbatim JSON`, async (args) => {
  const { values, file, help } = fileCommandLine(args, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  const format = formatOption(values.format);
  const text = await readText(file);
  const chapters = values.chapters === undefined ? undefined : await readText(values.chapters);
  let reading;
  try {
    reading = readTranscript(text, { format: fileFormat(file, text, format), id: values.id, title: values.title });
  } catch (error) {
    if (error instanceof TranscriptError) throw new CommandError(`${file}: ${error.message}`, CANNOT_READ);
    throw error;
  }
  for (const warning of reading.warnings) stderr.write(`verbatim convert: ${warningLine(file, warning)}`);
  let { transcript } = reading;
  if (chapters !== undefined) {
    try {
      transcript = applyChapters(transcript, chapters, { onWarning: (message) => stderr.write(`verbatim convert: ${values.chapters}: ${message}\n`) });
    } catch (error) {
      if (error instanceof TranscriptError) throw new CommandError(`${values.chapters}: ${error.message}`, CANNOT_READ);
      throw error;
    }
  }
  await write(`${JSON.stringify(transcript, null, 2)}\n`);
  return 0;
});
