// `verbatim embed quote <id>`: the HTML to paste into a page to embed one quote.
import { stderr } from 'node:process';
import { embedQuoteSnippet } from '../core/embed.js';
import { interview } from '../data/interview.js';
import { CommandError, USAGE_ERROR, command, commandLine, readTranscriptFile, write } from './command.js';

const USAGE = `Usage: verbatim embed quote <quote-id> [options]

Writes the HTML to paste into a page to embed one quote: a <verbatim-quote> holding the
quote as a plain <blockquote> (shown before and without JavaScript, laid out like the
element so the page does not move when it upgrades), then the script that upgrades it.

Options:
  --src FILE        read the quote from this transcript (any supported format;
                    default: the bundled interview)
  --data-url URL    where the page will load that transcript from (the element's src);
                    needed with --src, since the element cannot read your FILE
  --href URL        the page with the full transcript: adds a "Read in context" link
  --script URL      the script that defines <verbatim-quote> (default: the CDN build)
  -h, --help        show this help
`;

const OPTIONS = {
  src: { type: 'string' },
  'data-url': { type: 'string' },
  href: { type: 'string' },
  script: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const embed = command('embed', 'the HTML to embed a quote in a page (embed quote <id>)', async (args) => {
  const { values, positionals, help } = commandLine(args, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  const [kind, id, ...extra] = positionals;
  if (kind !== 'quote' || id === undefined || extra.length > 0) throw new CommandError(`expected "quote <quote-id>".\n\n${USAGE}`, USAGE_ERROR);
  const transcript = values.src === undefined ? interview : await readTranscriptFile(values.src);
  if (values.src !== undefined && values['data-url'] === undefined) {
    stderr.write('verbatim embed: note: without --data-url the embedded element loads the bundled interview, not your --src file.\n');
  }
  let snippet: string;
  try {
    snippet = embedQuoteSnippet(transcript, id, { href: values.href, src: values['data-url'], scriptUrl: values.script });
  } catch (error) {
    // An unknown quote id (the message names the closest ones) or a URL that is not http(s) or relative.
    if (error instanceof RangeError) throw new CommandError(error.message, USAGE_ERROR);
    throw error;
  }
  await write(snippet);
  return 0;
});
