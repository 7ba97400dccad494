import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { renderTopicCardHtml } from '../../src/core/static-html.js';
import type { Transcript } from '../../src/core/types.js';
import { interview } from '../../src/data/interview.js';
import { visibleText } from './helpers/html.js';
import { verbatim } from './helpers/cli.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const HOSTILE = 'test/node/fixtures/email-transcript.json';
const TALK = 'test/node/fixtures/static/talk.vtt';

/** Every element of some HTML, in document order. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node) walk(node.content as Node);
  };
  walk(parseFragment(html) as unknown as Node);
  return found;
}

const attribute = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;
/** The targets of the links (`<a href>`) of some HTML. */
const hrefs = (html: string): string[] => elements(html).filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href')!);
const textOf = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');

describe('verbatim html transcript', () => {
  it('writes the bundled interview: topics as headings, paragraphs with the ids of the element\'s links, one name per turn', async () => {
    const { status, stdout, stderr } = await verbatim(['html', 'transcript']);
    assert.equal(status, 0, stderr);
    const all = elements(stdout);
    assert.equal(all[0]!.tagName, 'verbatim-transcript');
    const headings = all.filter((element) => element.tagName === 'h2').map(textOf);
    assert.deepEqual(headings, interview.topics.map((topic) => topic.title));
    const paragraphs = all.filter((element) => attribute(element, 'data-segment-id') !== undefined);
    assert.deepEqual(paragraphs.map((element) => attribute(element, 'id')), interview.segments.map((segment) => `verbatim-${segment.id}`));
    assert.deepEqual(paragraphs.map((element) => textOf(element).replace(/^Teaser /, '')), interview.segments.map((segment) => segment.text));
    // Each turn: one speaker's consecutive segments under their name, never two turns of one speaker in a row within a topic.
    const turns = all.filter((element) => attribute(element, 'class') === 'verbatim-turn');
    const speakers = turns.map((turn) => textOf(turn.childNodes.find((child) => 'tagName' in child && attribute(child, 'class') === 'verbatim-speaker')!));
    assert.ok(turns.length < interview.segments.length);
    assert.deepEqual(new Set(speakers), new Set(['Cleo Abram', 'Mark Zuckerberg']));
    // The topics' list links to each topic's first paragraph.
    assert.deepEqual(hrefs(stdout), interview.topics.map((topic) => `#verbatim-${topic.segments[0]}`));
  });

  it('reads any supported format with --src; --href makes links absolute; --fallback-only leaves out the element', async () => {
    const { status, stdout, stderr } = await verbatim(['html', 'transcript', '--src', TALK, '--href', 'https://example.org/talk.html', '--fallback-only']);
    assert.equal(status, 0, stderr);
    assert.doesNotMatch(stdout, /verbatim-transcript/);
    assert.equal(visibleText(stdout), 'Ada Lovelace 0:01 Welcome back to the engine room. Tonight: looms, cards and numbers. Charles Babbage 0:09 The cards tell the loom what to weave. Ada Lovelace 1:05 And the engine what to compute.');
    assert.deepEqual(hrefs(stdout), ['s001', 's002', 's003'].map((id) => `https://example.org/talk.html#verbatim-${id}`));
  });

  it('says on stderr what a lenient reader skipped, a line each, and writes the rest', async () => {
    const file = 'test/node/fixtures/formats/missing-timing.srt';
    const { status, stdout, stderr } = await verbatim(['html', 'transcript', '--src', file]);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, `verbatim html: ${file}: line 5: warning: Cue 2 has no timing line like "00:00:01,000 --> 00:00:04,000"; it is skipped.\n`);
    assert.match(visibleText(stdout), /Fine\./);
  });

  it('keeps hostile text as text and writes --data-url as the element\'s src', async () => {
    const { status, stdout, stderr } = await verbatim(['html', 'transcript', '--src', HOSTILE, '--data-url', 'talk.json']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<verbatim-transcript src="talk\.json">/);
    const tags = new Set(elements(stdout).map((element) => element.tagName));
    for (const tag of ['script', 'img', 'b', 'i', 'td']) assert.ok(!tags.has(tag), `no <${tag}>`);
    assert.ok(visibleText(stdout).includes('<script>alert(\'x\')</script> is not poetry'));
    assert.ok(elements(stdout).every((element) => element.attrs.every((attr) => !attr.name.startsWith('on'))));
  });

  it('writes to --out', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'verbatim-html-')), 'talk.html');
    const { status, stdout } = await verbatim(['html', 'transcript', '--src', TALK, '--out', out]);
    assert.equal(status, 0);
    assert.equal(stdout, '');
    assert.match(await readFile(out, 'utf8'), /id="verbatim-s003"/);
  });

  it('says clearly what is wrong with its input, with exit status 1 for a file and 2 for the command line', async () => {
    const cases: [string[], number, RegExp][] = [
      [['html', 'transcript', '--src', 'test/node/fixtures/static/broken.json'], 1, /broken\.json: .*not valid JSON/],
      [['html', 'transcript', '--src', 'test/node/fixtures/static/missing.vtt'], 1, /cannot read .*missing\.vtt: ENOENT/],
      [['html', 'transcript', '--href', 'javascript:alert(1)'], 2, /--href "javascript:alert\(1\)" cannot be used/],
      [['html', 'transcript', '--data-url', ' JaVaScRiPt:alert(1)'], 2, /--data-url .* cannot be used/],
      [['html', 'transcript', '--heading-level', '7'], 2, /--heading-level must be a whole number from 1 to 6/],
      [['html', 'page'], 2, /expected "transcript", "card <topic-id>" or "carousel"/],
      [['html', 'card'], 2, /expected one topic id/],
      [['html', 'card', 'orion-glass'], 2, /No topic "orion-glass".*"orion-glasses"/],
      [['html', 'carousel', '--speaker', 'mark'], 2, /No speaker "mark".*"mark-zuckerberg"/],
      [['html', 'transcript', '--topic', 'scaling'], 2, /--topic and --speaker go with "carousel"/],
    ];
    for (const [args, expected, message] of cases) {
      const { status, stdout, stderr } = await verbatim(args);
      assert.equal(status, expected, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^verbatim html: /);
      assert.match(stderr, message);
    }
  });
});

describe('verbatim html card and carousel', () => {
  it('writes a topic card as the element shows it, its quote credited, with a link into the transcript', async () => {
    const topic = interview.topics.find((entry) => entry.id === 'orion-glasses')!;
    const { status, stdout, stderr } = await verbatim(['html', 'card', topic.id, '--href', 'transcript.html', '--heading-level', '2']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<verbatim-topic-card topic="orion-glasses" href="transcript\.html" heading-level="2">/);
    const all = elements(stdout);
    assert.equal(textOf(all.find((element) => element.tagName === 'h2')!), topic.title);
    assert.ok(visibleText(stdout).includes('— Mark Zuckerberg (guest), Huge Conversations: Mark Zuckerberg'));
    assert.deepEqual(hrefs(stdout), [`transcript.html#verbatim-${topic.segments[0]}`]);
  });

  it('escapes a hostile card and carousel', async () => {
    for (const args of [['card', 'engines'], ['carousel']]) {
      const { status, stdout, stderr } = await verbatim(['html', ...args, '--src', HOSTILE, '--href', 'page.html']);
      assert.equal(status, 0, stderr);
      const tags = new Set(elements(stdout).map((element) => element.tagName));
      for (const tag of ['script', 'img', 'b', 'i', 'td']) assert.ok(!tags.has(tag), `${args[0]}: no <${tag}>`);
      assert.ok(hrefs(stdout).every((href) => href.startsWith('page.html#verbatim-')), args[0]);
    }
  });

  it('links a card\'s title to its topic\'s page only when that is an http(s) or relative URL', async () => {
    const withPage = (href: string): Transcript => ({ ...interview, topics: interview.topics.map((topic) => ({ ...topic, href })) });
    assert.deepEqual(hrefs(renderTopicCardHtml(withPage('https://example.org/glasses'), 'orion-glasses')), ['https://example.org/glasses']);
    for (const hostile of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const card = renderTopicCardHtml(withPage(hostile), 'orion-glasses');
      assert.deepEqual(hrefs(card), [], hostile);
      assert.doesNotMatch(card, /javascript|data:/i);
    }
  });

  it('lists the quotes of a carousel\'s topic and speaker, each linked to its words in context', async () => {
    const { status, stdout, stderr } = await verbatim(['html', 'carousel', '--speaker', 'cleo-abram', '--href', 'transcript.html']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<verbatim-quote-carousel speaker="cleo-abram" href="transcript\.html">/);
    const quotes = elements(stdout).filter((element) => element.tagName === 'blockquote').map(textOf);
    const expected = interview.quotes.filter((quote) => interview.segments.find((segment) => segment.id === quote.segment)?.speaker === 'cleo-abram');
    assert.deepEqual(quotes, expected.map((quote) => quote.text));
    assert.ok(hrefs(stdout).every((href, index) => href.startsWith(`transcript.html#verbatim-${expected[index]!.segment}:~:text=`)));
  });
});
