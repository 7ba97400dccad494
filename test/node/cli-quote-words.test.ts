import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { embedPassageSnippet } from '../../src/core/embed.js';
import { findPassage } from '../../src/core/passage.js';
import { verbatim } from './helpers/cli.js';
import { ROOT, readTranscript } from './helpers/files.js';

const FIXTURES = 'test/node/fixtures/passage';
const vtt = readTranscript(`${FIXTURES}/episode.vtt`);
const json = readTranscript(`${FIXTURES}/episode.json`);

const scratch = mkdtempSync(join(tmpdir(), 'verbatim-quotes-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
/** A page in a scratch folder, next to a copy of the VTT episode. */
function page(name: string, body: string): string {
  writeFileSync(join(scratch, 'episode.vtt'), readFileSync(join(ROOT, FIXTURES, 'episode.vtt')));
  const path = join(scratch, name);
  writeFileSync(path, `<!doctype html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>\n`);
  return path;
}

describe('verbatim check-quotes', () => {
  it('reports 3 good quotes and names the bad one with its closest passage and word diff, exiting 1', async () => {
    const { status, stdout, stderr } = await verbatim(['check-quotes', `${FIXTURES}/article.html`]);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    const file = `${FIXTURES}/article.html`;
    assert.equal(stdout, [
      `${file}:6: verified: “Compost is patient work, and nobody's in a hurry.” (s005 1:35) in episode.vtt`,
      `${file}:10: verified: “My grandmother called hers "the long table" - a place for everyone” (s003 0:19) in episode.vtt`,
      `${file}:11: verified: “we grow what we eat. Compost is patient work” (s004–s005 0:27) in ./episode.vtt`,
      `${file}:13: NOT FOUND in episode.vtt: “The kitchen garden feeds the whole town”`,
      '  closest (s002 0:05): “The kitchen garden feeds the whole street”',
      '  word by word: The kitchen garden feeds the whole [-town-] {+street+}',
      '4 quotes in 1 page: 3 verified, 1 not found.',
      '',
    ].join('\n'));
  });

  it('reads quote ids, occurrence, the bundled interview and templates, and skips scripts and comments', async () => {
    const { status, stdout } = await verbatim(['check-quotes', `${FIXTURES}/mixed.html`]);
    assert.equal(status, 0, stdout);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map((line) => line.replace(/^[^:]+:(\d+): (\w+).*$/, '$1 $2')), [
      '5 verified', '6 ambiguous', '7 verified', '12 verified', '4 quotes in 1 page: 3 verified, 1 ambiguous.',
    ]);
    assert.match(lines[0]!, /verified: quote "long-table" “My grandmother called hers “the long table” — a place for everyone\.” \(p5\) in episode\.json$/);
    assert.match(lines[1]!, /occurs 2 times in episode\.json \(p2, p7\); occurrence="2" chooses p7$/);
    assert.match(lines[2]!, /“the next major computing platform” \(s\d+\) in the bundled interview$/);
    assert.ok(!stdout.includes('not a quote of this page'));
  });

  it('checks several pages against --src, whatever their src', async () => {
    const first = page('one.html', '<verbatim-quote text="We grow what we eat"></verbatim-quote>');
    const second = page('two.html', '<verbatim-quote src="elsewhere.vtt" text="the neighbours bring their own seeds"></verbatim-quote>');
    const { status, stdout } = await verbatim(['check-quotes', first, second, '--src', `${FIXTURES}/episode.srt`]);
    assert.equal(status, 0);
    assert.equal(stdout, [
      `${first}:2: verified: “We grow what we eat” (s002 0:05) in ${FIXTURES}/episode.srt`,
      `${second}:2: verified: “the neighbours bring their own seeds” (s002 0:05) in ${FIXTURES}/episode.srt`,
      '2 quotes in 2 pages: 2 verified.',
      '',
    ].join('\n'));
  });

  it('cannot check what it cannot read or resolve, and says so (exit 1)', async () => {
    const path = page('sources.html', [
      '<verbatim-quote src="missing.vtt" text="x"></verbatim-quote>',
      '<verbatim-quote src="javascript:alert(1)" text="x"></verbatim-quote>',
      '<verbatim-quote src="https://example.org/episode.vtt" text="x"></verbatim-quote>',
      '<verbatim-quote src="episode.vtt" text="we grow" occurrence="first"></verbatim-quote>',
      '<verbatim-quote src="episode.vtt"></verbatim-quote>',
      '<verbatim-quote src="episode.vtt" text=" — " quote="long-table"></verbatim-quote>',
      '<verbatim-quote src="/episode.vtt?v=2#top" text="we eat what we grow"></verbatim-quote>',
    ].join('\n'));
    const { status, stdout } = await verbatim(['check-quotes', path, join(scratch, 'nowhere.html'), '--root', scratch]);
    assert.equal(status, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 7).map((line) => line.slice(path.length + 1)), [
      `2: cannot check: cannot read ${join(scratch, 'missing.vtt')}: ENOENT`,
      '3: cannot check: src="javascript:alert(1)" is not an http(s) or relative URL: the element refuses it',
      '4: cannot check: src="https://example.org/episode.vtt" is on another site, which check-quotes does not fetch: pass --src FILE',
      '5: cannot check: occurrence="first" is not a whole number from 1',
      '6: cannot check: the element has neither a text nor a quote attribute',
      '7: cannot check: the text attribute has no words',
      '8: verified: “we eat what we grow” (s002 0:05) in /episode.vtt?v=2#top',
    ]);
    assert.equal(lines[7], `${join(scratch, 'nowhere.html')}: cannot check: cannot read ${join(scratch, 'nowhere.html')}: ENOENT`);
    assert.equal(lines[8], '7 quotes in 1 page: 1 verified, 6 cannot check. 1 page could not be read.');
  });

  it('prints hostile attribute values as text: markup stays literal, control characters are escaped', async () => {
    const path = page('hostile.html', '<verbatim-quote src="episode.vtt" text="&lt;script&gt;alert(1)&lt;/script&gt; we grow&#x1b;[2J&#x202e; what we eat"></verbatim-quote>');
    const { status, stdout } = await verbatim(['check-quotes', path]);
    assert.equal(status, 1);
    assert.ok(!stdout.includes('\u001b') && !stdout.includes('\u202e'), 'no terminal or bidi control character reaches the terminal');
    assert.match(stdout, /NOT FOUND in episode\.vtt: “<script>alert\(1\)<\/script> we grow\\u\{1b\}\[2J\\u\{202e\} what we eat”\n/);
    assert.match(stdout, /word by word: \[-script alert 1 script-\] We grow \[-2J-\] what we eat/);
  });

  it('exits 2 for a wrong command line, and lists itself in verbatim --help', async () => {
    for (const args of [['check-quotes'], ['check-quotes', 'a.html', '--nope']]) {
      const { status, stderr } = await verbatim(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Usage: verbatim check-quotes PAGE\.html/);
    }
    const help = await verbatim(['check-quotes', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: verbatim check-quotes/);
    assert.match((await verbatim(['--help'])).stdout, / {2}check-quotes +check the <verbatim-quote> words/);
  });
});

describe('embedPassageSnippet', () => {
  it('embeds the transcript’s own words with their occurrence, speaker and a link to the passage in context', () => {
    const { match } = findPassage(vtt, 'we grow what we eat', { occurrence: 2 });
    const html = embedPassageSnippet(vtt, match!, { occurrence: 2, href: '/ep1.html', src: '/episode.vtt' });
    assert.match(html, /^<verbatim-quote text="we grow what we eat\." occurrence="2" src="\/episode\.vtt" href="\/ep1\.html" style="display:block">\n/);
    assert.ok(html.includes('<blockquote cite="/ep1.html#verbatim-s004&amp;t=27:~:text=we%20grow%20what%20we%20eat." lang="und" '));
    assert.ok(html.includes('>we grow what we eat.</p>'));
    assert.ok(html.includes('>— Omar Haddad, <cite>Transcript</cite></footer>'));
  });

  it('escapes the words and the attribution', () => {
    const hostile = readTranscript('test/browser/fixtures/quote-hostile.json');
    const { match } = findPassage(hostile, 'say script window verbatimHostile quote');
    const html = embedPassageSnippet(hostile, match!);
    assert.equal(html.match(/<script/g)!.length, 1, 'only our own script tag');
    assert.ok(html.includes('<verbatim-quote text="Say &lt;script&gt;window.verbatimHostile = &#39;quote" style="display:block">'));
    assert.ok(html.includes('>— &lt;img src=x onerror=&quot;'));
  });
});

describe('verbatim embed quote --text', () => {
  it('prints the snippet for words found once', async () => {
    const { status, stdout, stderr } = await verbatim(['embed', 'quote', '--text', '“the whole street in the summer months”', '--src', `${FIXTURES}/episode.json`, '--data-url', '/ep.json', '--href', '/ep.html']);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    const { match } = findPassage(json, 'the whole street in the summer months');
    assert.equal(stdout, embedPassageSnippet(json, match!, { src: '/ep.json', href: '/ep.html' }));
    assert.ok(stdout.includes('cite="/ep.html#verbatim-p3:~:text=the%20whole%20street,in%20the%20summer%20months"'));
  });

  it('embeds the chosen occurrence of ambiguous words, noting the others', async () => {
    const first = await verbatim(['embed', 'quote', '--text', 'we grow what we eat', '--src', `${FIXTURES}/episode.vtt`, '--data-url', '/ep.vtt']);
    assert.equal(first.status, 0);
    assert.ok(first.stdout.startsWith('<verbatim-quote text="We grow what we eat" occurrence="1" src="/ep.vtt"'));
    assert.equal(first.stderr, 'verbatim embed: note: the words occur 2 times (s002 0:05, s004 0:27); embedding the first: --occurrence N chooses another.\n');
    const second = await verbatim(['embed', 'quote', '--text', 'we grow what we eat', '--occurrence', '2', '--src', `${FIXTURES}/episode.vtt`, '--data-url', '/ep.vtt']);
    assert.equal(second.status, 0);
    assert.equal(second.stderr, '');
    assert.ok(second.stdout.startsWith('<verbatim-quote text="we grow what we eat." occurrence="2" src="/ep.vtt"'));
  });

  it('exits 1 for words not in the transcript, naming the closest passage and the word diff', async () => {
    const { status, stdout, stderr } = await verbatim(['embed', 'quote', '--text', '<script>alert(1)</script> the whole town', '--src', `${FIXTURES}/episode.vtt`, '--data-url', '/ep.vtt']);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'verbatim embed: “<script>alert(1)</script> the whole town” is not in this transcript. Closest, in segment s002: “the whole street”. Word by word: [-script alert 1 script-] the whole [-town-] {+street+}\n');
    const beyond = await verbatim(['embed', 'quote', '--text', 'we grow what we eat', '--occurrence', '3', '--src', `${FIXTURES}/episode.vtt`, '--data-url', '/ep.vtt']);
    assert.equal(beyond.status, 1);
    assert.match(beyond.stderr, /occurs 2 times in this transcript: there is no occurrence 3\.\n$/);
  });

  it('exits 2 for a wrong command line', async () => {
    for (const args of [
      ['embed', 'quote', 'long-table', '--text', 'words'],
      ['embed', 'quote', '--text', 'words', '--occurrence', '0'],
      ['embed', 'quote', '--text', 'words', '--occurrence', 'two'],
      ['embed', 'quote', 'q06', '--occurrence', '2'],
    ]) {
      const { status, stderr } = await verbatim(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^verbatim embed: /, args.join(' '));
    }
  });
});
