// `verbatim embed quote <id>` and `embed quote --text "…"`: the HTML to paste into a page to embed one quote.
import { stderr } from 'node:process';
import { embedPassageSnippet, embedQuoteSnippet } from '../core/embed.js';
import type { EmbedPassageOptions } from '../core/embed.js';
import { findPassage, passageProblem } from '../core/passage.js';
import { formatTime } from '../core/time.js';
import type { Transcript } from '../core/types.js';
import { interview } from '../data/interview.js';
import { CANNOT_READ, CommandError, USAGE_ERROR, command, commandLine, readTranscriptFile, write } from './command.js';

const USAGE = `Usage: verbatim embed quote <quote-id> [options]
       verbatim embed quote --text "the words" [--occurrence N] [options]

Writes the HTML to paste into a page to embed one quote: a <verbatim-quote> holding the
quote as a plain <blockquote> (shown before and without JavaScript, laid out like the
element so the page does not move when it upgrades), then the script that upgrades it.

With --text, the quote is chosen by its words: they are looked up in the transcript (case,
whitespace, quote marks, dashes and punctuation do not count; a passage may run across
segments of one speaker) and the snippet carries the transcript's own words. Exits with 1,
naming the closest passage and how the words differ, when they are not in the transcript.

Options:
  --text WORDS      the words to quote, instead of a quote id
  --occurrence N    which occurrence to embed when the words occur several times (default: 1)
  --src FILE        read the quote from this transcript (any supported format;
                    default: the bundled interview)
  --data-url URL    where the page will load that transcript from (the element's src);
                    needed with --src, since the element cannot read your FILE
  --href URL        the page with the full transcript: adds a "Read in context" link
  --script URL      the script that defines <verbatim-quote> (default: the CDN build)
  -h, --help        show this help
`;

const OPTIONS = {
  text: { type: 'string' },
  occurrence: { type: 'string' },
  src: { type: 'string' },
  'data-url': { type: 'string' },
  href: { type: 'string' },
  script: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The --occurrence value: a whole number from 1. */
function occurrenceOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new CommandError(`--occurrence must be a whole number from 1, not "${value}".`, USAGE_ERROR);
  return Number(value);
}

/** The snippet for the words of --text, with a note on stderr when they occur several times. */
function passageSnippet(transcript: Transcript, text: string, occurrence: number | undefined, options: EmbedPassageOptions): string {
  const result = findPassage(transcript, text, { occurrence });
  // passageProblem says why whenever no match is chosen.
  if (!result.match) throw new CommandError(passageProblem(text, result, { occurrence })!, CANNOT_READ);
  if (result.status === 'verified') return embedPassageSnippet(transcript, result.match, options);
  const chosen = occurrence ?? 1;
  if (occurrence === undefined) {
    const places = result.matches.map((match) => `${match.segments[0]!.id}${match.start === undefined ? '' : ` ${formatTime(match.start)}`}`).join(', ');
    stderr.write(`verbatim embed: note: the words occur ${result.matches.length} times (${places}); embedding the first: --occurrence N chooses another.\n`);
  }
  return embedPassageSnippet(transcript, result.match, { ...options, occurrence: chosen });
}

export const embed = command('embed', 'the HTML to embed a quote in a page (embed quote <id> | --text "…")', async (args) => {
  const { values, positionals, help } = commandLine(args, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  const [kind, id, ...extra] = positionals;
  const byWords = values.text !== undefined;
  if (kind !== 'quote' || extra.length > 0 || (byWords ? id !== undefined : id === undefined)) {
    throw new CommandError(`expected "quote <quote-id>" or "quote --text WORDS".\n\n${USAGE}`, USAGE_ERROR);
  }
  if (!byWords && values.occurrence !== undefined) throw new CommandError(`--occurrence goes with --text.\n\n${USAGE}`, USAGE_ERROR);
  const occurrence = occurrenceOption(values.occurrence);
  const transcript = values.src === undefined ? interview : await readTranscriptFile(values.src, 'embed');
  if (values.src !== undefined && values['data-url'] === undefined) {
    stderr.write('verbatim embed: note: without --data-url the embedded element loads the bundled interview, not your --src file.\n');
  }
  const options = { href: values.href, src: values['data-url'], scriptUrl: values.script };
  let snippet: string;
  try {
    snippet = byWords ? passageSnippet(transcript, values.text!, occurrence, options) : embedQuoteSnippet(transcript, id!, options);
  } catch (error) {
    // An unknown quote id (the message names the closest ones) or a URL that is not http(s) or relative.
    if (error instanceof RangeError) throw new CommandError(error.message, USAGE_ERROR);
    throw error;
  }
  await write(snippet);
  return 0;
});
