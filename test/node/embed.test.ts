import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { formatAttribution, quotationText, quoteAttribution, withSpeakers } from '../../src/core/attribution.js';
import { QUOTE_SCRIPT_URL, embedQuoteSnippet } from '../../src/core/embed.js';
import { VERSION } from '../../src/core/version.js';
import { interview } from '../../src/data/interview.js';
import { verbatim } from './helpers/cli.js';
import { readRepoFile, readTranscript } from './helpers/files.js';
import { visibleText } from './helpers/html.js';

const SAMPLE_FILE = 'test/browser/fixtures/quote-transcript.json';
const sample = readTranscript(SAMPLE_FILE);
const hostile = readTranscript('test/browser/fixtures/quote-hostile.json');

// Snippets are pasted into any page: the usual HTML rules, but inline styles are the point.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } });

async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
}

describe('embedQuoteSnippet', () => {
  it('writes the element holding its fallback blockquote, then the module script', async () => {
    const html = embedQuoteSnippet(sample, 'loom', { href: '/talk.html' });
    assert.match(html, /^<verbatim-quote quote="loom" href="\/talk\.html" style="display:block">\n {2}<blockquote cite="\/talk\.html#verbatim-s2" lang="en" style="[^"]+">\n/);
    assert.ok(html.includes('<p style="margin:0;font:1.2rem/1.5 var(--verbatim-font,'));
    assert.ok(html.includes('<footer style="margin:0.75rem 0 0;font:0.9rem/1.4 var(--verbatim-ui-font,'));
    assert.ok(html.includes('>— Ada Lovelace (guest), <cite>Notes on Engines</cite></footer>'));
    assert.ok(html.endsWith(`</verbatim-quote>\n<script type="module" src="${QUOTE_SCRIPT_URL}"></script>\n`));
    assert.equal(visibleText(html), 'The engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves. — Ada Lovelace (guest), Notes on Engines');
    assert.deepEqual(await htmlProblems(html), []);
  });

  it('loads the CDN build of this version of the package by default', () => {
    const { version } = JSON.parse(readRepoFile('package.json')) as { version: string };
    assert.equal(VERSION, version, 'src/core/version.ts follows package.json');
    assert.equal(QUOTE_SCRIPT_URL, `https://cdn.jsdelivr.net/npm/verbatim-widgets@${version}/dist/cdn/quote.js`);
  });

  it('takes the script URL and the data URL from the options, and writes no href without one', () => {
    const html = embedQuoteSnippet(sample, 'evening', { scriptUrl: '/dist/cdn/quote.js', src: 'https://example.org/notes.json?a=1&b=2' });
    assert.ok(html.startsWith('<verbatim-quote quote="evening" src="https://example.org/notes.json?a=1&amp;b=2" style="display:block">'));
    assert.ok(!html.includes('href=') && !html.includes(' cite='));
    assert.ok(html.includes('>— Narrator, <cite>Notes on Engines</cite></footer>'));
    assert.ok(html.endsWith('<script type="module" src="/dist/cdn/quote.js"></script>\n'));
  });

  it('escapes every string of the data', async () => {
    const html = embedQuoteSnippet(hostile, 'bad', { href: 'https://example.org/?q="x"&y=<z>' });
    assert.equal(html.match(/<script/g)!.length, 1, 'only our own script tag');
    assert.ok(!/<(img|svg|b)[\s>]/.test(html));
    assert.ok(html.includes('&lt;script&gt;window.verbatimHostile = &#39;quote&#39;&lt;/script&gt; &amp; &quot;goodbye&quot;'));
    assert.ok(html.includes('href="https://example.org/?q=&quot;x&quot;&amp;y=&lt;z&gt;"'));
    assert.equal(visibleText(html), `<script>window.verbatimHostile = 'quote'</script> & "goodbye" — <img src=x onerror="window.verbatimHostile = 'name'">Mallory (<svg onload="window.verbatimHostile = 'role'">), <script>window.verbatimHostile = 'title'</script>Hostile <b>talk</b>`);
    assert.deepEqual(await htmlProblems(html), []);
  });

  it('throws a RangeError naming the closest ids for an unknown quote', () => {
    assert.throws(() => embedQuoteSnippet(sample, 'lom'), { name: 'RangeError', message: 'No quote "lom" in this transcript. Closest: "loom", "follow", "evening".' });
  });

  it('refuses URLs that are not http(s) or relative', () => {
    assert.throws(() => embedQuoteSnippet(sample, 'loom', { href: 'javascript:alert(1)' }), { name: 'RangeError', message: /The href "javascript:alert\(1\)" cannot be used/ });
    assert.throws(() => embedQuoteSnippet(sample, 'loom', { scriptUrl: 'data:text/javascript,alert(1)' }), /The script URL/);
    assert.throws(() => embedQuoteSnippet(sample, 'loom', { src: ' vbscript:x' }), /The src/);
  });

  it('embeds any quote of the bundled interview as valid HTML', async () => {
    for (const quote of interview.quotes) {
      const html = embedQuoteSnippet(interview, quote.id, { href: 'https://example.org/talk' });
      assert.ok(visibleText(html).startsWith(`${quote.text} — `), quote.id);
      assert.deepEqual(await htmlProblems(html), [], quote.id);
    }
  });
});

describe('attribution', () => {
  it('credits a quote to its speaker, their role and the transcript', () => {
    const loom = sample.quotes.find((quote) => quote.id === 'loom')!;
    const evening = sample.quotes.find((quote) => quote.id === 'evening')!;
    assert.deepEqual(quoteAttribution(sample, loom), { speaker: 'Ada Lovelace', role: 'guest', work: 'Notes on Engines' });
    assert.equal(formatAttribution(quoteAttribution(sample, loom)), 'Ada Lovelace (guest), Notes on Engines');
    assert.equal(formatAttribution(quoteAttribution(sample, evening)), 'Narrator, Notes on Engines');
    assert.equal(formatAttribution({ work: 'Notes on Engines' }), 'Notes on Engines');
  });

  it('writes a quotation as plain text, with the link when there is one', () => {
    const credit = { speaker: 'Ada Lovelace', role: 'guest', work: 'Notes' };
    assert.equal(quotationText('It can follow analysis.', credit), '“It can follow analysis.”\n— Ada Lovelace (guest), Notes');
    assert.equal(quotationText('Hi', credit, 'https://example.org/#verbatim-s2'), '“Hi”\n— Ada Lovelace (guest), Notes\nhttps://example.org/#verbatim-s2');
  });

  it('lists speakers', () => {
    assert.equal(withSpeakers([]), undefined);
    assert.equal(withSpeakers(['Ada']), 'With Ada');
    assert.equal(withSpeakers(['Cleo Abram', 'Mark Zuckerberg']), 'With Cleo Abram and Mark Zuckerberg');
    assert.equal(withSpeakers(['A', 'B', 'C']), 'With A, B, and C');
  });
});

describe('verbatim embed quote', () => {
  it('prints the snippet for a quote of the bundled interview', async () => {
    const quote = interview.quotes.at(-1)!;
    const { status, stdout, stderr } = await verbatim(['embed', 'quote', quote.id, '--href', 'https://example.org/talk.html']);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    assert.equal(stdout, embedQuoteSnippet(interview, quote.id, { href: 'https://example.org/talk.html' }));
  });

  it('reads --src, writes --data-url and --script', async () => {
    const { status, stdout, stderr } = await verbatim(['embed', 'quote', 'follow', '--src', SAMPLE_FILE, '--data-url', '/notes.json', '--script', '/dist/cdn/quote.js']);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, embedQuoteSnippet(sample, 'follow', { src: '/notes.json', scriptUrl: '/dist/cdn/quote.js' }));
  });

  it('notes that --src without --data-url leaves the element on the bundled interview', async () => {
    const { status, stderr } = await verbatim(['embed', 'quote', 'follow', '--src', SAMPLE_FILE]);
    assert.equal(status, 0);
    assert.match(stderr, /without --data-url the embedded element loads the bundled interview/);
  });

  it('exits 2 for an unknown id, naming the closest ids on stderr', async () => {
    const { status, stdout, stderr } = await verbatim(['embed', 'quote', 'folow', '--src', SAMPLE_FILE, '--data-url', '/notes.json']);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'verbatim embed: No quote "folow" in this transcript. Closest: "follow", "loom", "evening".\n');
  });

  it('exits 2 for a wrong command line or an unsafe URL, 1 for a file it cannot read', async () => {
    for (const args of [['embed'], ['embed', 'topic', 'x'], ['embed', 'quote'], ['embed', 'quote', 'a', 'b'], ['embed', 'quote', 'x', '--nope']]) {
      const { status, stderr } = await verbatim(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Usage: verbatim embed quote/, args.join(' '));
    }
    const unsafe = await verbatim(['embed', 'quote', interview.quotes[0]!.id, '--href', 'javascript:alert(1)']);
    assert.equal(unsafe.status, 2);
    assert.match(unsafe.stderr, /only http\(s\) and relative URLs/);
    const missing = await verbatim(['embed', 'quote', 'x', '--src', 'test/node/fixtures/no-such-file.json']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read test\/node\/fixtures\/no-such-file\.json: ENOENT/);
  });

  it('--help prints the usage and is listed by verbatim --help', async () => {
    const help = await verbatim(['embed', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: verbatim embed quote <quote-id>/);
    const all = await verbatim(['--help']);
    assert.match(all.stdout, / {2}embed +the HTML to embed a quote/);
  });
});
