// `verbatim check-quotes PAGE…`: every <verbatim-quote> of the pages, checked against its transcript.
import { join, resolve } from 'node:path';
import { stdout } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lookup } from '../core/lookup.js';
import { excerpt, findPassage } from '../core/passage.js';
import type { PassageMatch, PassageResult } from '../core/passage.js';
import { unknownIdMessage } from '../core/suggest.js';
import { formatTime } from '../core/time.js';
import type { Transcript } from '../core/types.js';
import { safeUrl } from '../core/url.js';
import { formatWordDiff } from '../core/word-diff.js';
import type { DiffMarks } from '../core/word-diff.js';
import { interview } from '../data/interview.js';
import { CommandError, USAGE_ERROR, command, commandLine, readText, readTranscriptFile, write } from './command.js';
import { pageQuotes } from './page-quotes.js';
import type { PageQuote } from './page-quotes.js';

const USAGE = `Usage: verbatim check-quotes PAGE.html [PAGE.html …] [options]

Finds every <verbatim-quote> in the pages and checks its words (its text attribute, else
its quote id) against its transcript: its src, read relative to the page; else the --src
file; else the bundled interview. Reports each quote as verified, ambiguous (the words occur
several times: occurrence="N" chooses one) or NOT FOUND, with the closest passage and a word
diff that turns the quoted words into the transcript's: [-quoted-] {+transcript+}.
Case, whitespace, quote marks, dashes and punctuation do not count; a passage may run across
segments of one speaker, not across speakers.

Exits with 1 when any quote is not found or cannot be checked, 2 for a wrong command line.

Options:
  --src FILE     check every quote against this transcript, whatever its src
                 (- for standard input)
  --root DIR     the folder that a src starting with "/" is read from (default: .)
  -h, --help     show this help
`;

const OPTIONS = { src: { type: 'string' }, root: { type: 'string' } } as const;

type Outcome = 'verified' | 'ambiguous' | 'not found' | 'cannot check';

/** A transcript to check against, or why there is none. */
type Source = { transcript: Transcript; name: string } | { problem: string };

// Control characters (and bidirectional overrides) from a page must not steer the terminal.
const UNPRINTABLE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
const printable = (text: string): string => text.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
const quoted = (text: string): string => `“${printable(excerpt(text))}”`;

/** The diff in colour on a terminal that takes it, else with git's word-diff marks. */
const colourMarks = (): DiffMarks | undefined => (stdout.isTTY && !process.env.NO_COLOR
  ? { removed: ['\u001b[31m[-', '-]\u001b[39m'], added: ['\u001b[32m{+', '+}\u001b[39m'] }
  : undefined);

const where = (match: PassageMatch): string => {
  const time = match.start === undefined ? '' : ` ${formatTime(match.start)}`;
  return `${match.segments.map((segment) => segment.id).join('–')}${time}`;
};

/** Reads the transcripts the quotes name, each file once. */
function sources(override: string | undefined, root: string) {
  const cache = new Map<string, Promise<Transcript | CommandError>>();
  const load = async (file: string, name: string): Promise<Source> => {
    let loaded = cache.get(file);
    if (!loaded) {
      loaded = readTranscriptFile(file, 'check-quotes').catch((error: unknown) => {
        if (error instanceof CommandError) return error;
        throw error;
      });
      cache.set(file, loaded);
    }
    const transcript = await loaded;
    return transcript instanceof CommandError ? { problem: transcript.message } : { transcript, name };
  };
  return (page: string, src: string | undefined): Promise<Source> => {
    if (override !== undefined) return load(override === '-' ? '-' : resolve(override), override);
    if (src === undefined) return Promise.resolve({ transcript: interview, name: 'the bundled interview' });
    if (safeUrl(src) === undefined) return Promise.resolve({ problem: `src="${printable(src)}" is not an http(s) or relative URL: the element refuses it` });
    if (/^[a-z][a-z0-9+.-]*:/i.test(src.trim()) || src.trim().startsWith('//')) {
      return Promise.resolve({ problem: `src="${printable(src)}" is on another site, which check-quotes does not fetch: pass --src FILE` });
    }
    // As a browser resolves it (dot segments, percent-escapes), without its query and fragment.
    const path = src.trim().replace(/[?#].*$/s, '');
    const file = path.startsWith('/')
      ? join(resolve(root), fileURLToPath(new URL(path, 'file:///')))
      : fileURLToPath(new URL(path, pathToFileURL(resolve(page))));
    return load(file, printable(src));
  };
}

/** The report of one quote: its lines and its outcome. */
function report(quote: PageQuote, source: Source, marks: DiffMarks | undefined): { outcome: Outcome; lines: string[] } {
  if ('problem' in source) return { outcome: 'cannot check', lines: [`cannot check: ${source.problem}`] };
  const { transcript, name } = source;
  if (quote.text === undefined) {
    if (quote.quote === undefined) return { outcome: 'cannot check', lines: ['cannot check: the element has neither a text nor a quote attribute'] };
    const found = lookup(transcript).quote(quote.quote);
    if (found) return { outcome: 'verified', lines: [`verified: quote "${printable(quote.quote)}" ${quoted(found.text)} (${found.segment}) in ${name}`] };
    return { outcome: 'not found', lines: [`NOT FOUND in ${name}: ${printable(unknownIdMessage('quote', quote.quote, transcript.quotes.map((q) => q.id)))}`] };
  }
  let occurrence: number | undefined;
  if (quote.occurrence !== undefined) {
    if (!/^\s*[1-9]\d{0,8}\s*$/.test(quote.occurrence)) {
      return { outcome: 'cannot check', lines: [`cannot check: occurrence="${printable(quote.occurrence)}" is not a whole number from 1`] };
    }
    occurrence = Number(quote.occurrence);
  }
  if (!/[\p{L}\p{N}]/u.test(quote.text)) return { outcome: 'cannot check', lines: ['cannot check: the text attribute has no words'] };
  const result: PassageResult = findPassage(transcript, quote.text, { occurrence });
  const asked = quoted(quote.text);
  if (result.status === 'verified') {
    const { match } = result;
    if (!match) return { outcome: 'not found', lines: [`NOT FOUND: ${asked} occurs once in ${name}: there is no occurrence ${occurrence}`] };
    return { outcome: 'verified', lines: [`verified: ${asked} (${where(match)}) in ${name}`] };
  }
  if (result.status === 'ambiguous') {
    const places = result.matches.map(where).join(', ');
    const { match } = result;
    if (!match) return { outcome: 'not found', lines: [`NOT FOUND: ${asked} occurs ${result.matches.length} times in ${name} (${places}): there is no occurrence ${occurrence}`] };
    const choice = occurrence === undefined ? 'the element shows the first: occurrence="N" chooses another' : `occurrence="${occurrence}" chooses ${where(match)}`;
    return { outcome: 'ambiguous', lines: [`ambiguous: ${asked} occurs ${result.matches.length} times in ${name} (${places}); ${choice}`] };
  }
  const lines = [`NOT FOUND in ${name}: ${asked}`];
  const { closest } = result;
  if (closest) {
    lines.push(`  closest (${where(closest)}): ${quoted(closest.text)}`);
    lines.push(`  word by word: ${printable(formatWordDiff(closest.diff, marks))}`);
  } else {
    lines.push('  no passage shares enough of its words to compare');
  }
  return { outcome: 'not found', lines };
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const checkQuotes = command('check-quotes', 'check the <verbatim-quote> words of HTML pages against their transcripts', async (args) => {
  const { values, positionals: pages, help } = commandLine(args, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  if (pages.length === 0) throw new CommandError(`expected at least one PAGE.\n\n${USAGE}`, USAGE_ERROR);
  const sourceOf = sources(values.src, values.root ?? '.');
  const marks = colourMarks();
  const counts: Record<Outcome, number> = { verified: 0, ambiguous: 0, 'not found': 0, 'cannot check': 0 };
  const lines: string[] = [];
  let unreadable = 0;
  for (const page of pages) {
    let quotes: PageQuote[];
    try {
      quotes = pageQuotes(await readText(page));
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      lines.push(`${page}: cannot check: ${error.message}`);
      unreadable++;
      continue;
    }
    if (quotes.length === 0) lines.push(`${page}: no <verbatim-quote> elements`);
    for (const quote of quotes) {
      const { outcome, lines: quoteLines } = report(quote, await sourceOf(page, quote.src), marks);
      counts[outcome]++;
      lines.push(`${page}:${quote.line}: ${quoteLines[0]}`, ...quoteLines.slice(1));
    }
  }
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const summary = (Object.entries(counts) as [Outcome, number][])
    .filter(([outcome, count]) => count > 0 || outcome === 'verified')
    .map(([outcome, count]) => `${count} ${outcome}`).join(', ');
  const unread = unreadable > 0 ? ` ${plural(unreadable, 'page')} could not be read.` : '';
  lines.push(`${plural(total, 'quote')} in ${plural(pages.length - unreadable, 'page')}: ${summary}.${unread}`);
  await write(`${lines.join('\n')}\n`);
  return counts['not found'] + counts['cannot check'] + unreadable > 0 ? 1 : 0;
});
