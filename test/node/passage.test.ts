import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findPassage, passageProblem } from '../../src/core/passage.js';
import type { PassageMatch } from '../../src/core/passage.js';
import { parseTranscript } from '../../src/core/parse.js';
import type { Transcript } from '../../src/core/types.js';
import { formatWordDiff } from '../../src/core/word-diff.js';
import { interview } from '../../src/data/interview.js';

const read = (name: string): Transcript => parseTranscript(readFileSync(new URL(`fixtures/passage/${name}`, import.meta.url), 'utf8'));
// The VTT reader joins cues of one speaker that follow each other: s002 holds three cues.
const vtt = read('episode.vtt');
// The JSON keeps every line a segment of its own: p2–p4 are one turn of Omar's.
const json = read('episode.json');

/** The words of each segment a match spans, as offsets cut them. */
const parts = (transcript: Transcript, match: PassageMatch) =>
  match.segments.map(({ id, start, end }) => transcript.segments.find((segment) => segment.id === id)!.text.slice(start, end));

describe('findPassage', () => {
  it('verifies words that occur once, whatever their case and spacing, with the transcript’s own words', () => {
    const result = findPassage(vtt, '  compost IS patient\n work,   and NOBODY’S in a hurry ');
    assert.equal(result.status, 'verified');
    assert.equal(result.matches.length, 1);
    assert.deepEqual(result.match, {
      text: 'Compost is patient work, and nobody’s in a hurry.',
      speaker: 'omar-haddad',
      segments: [{ id: 's005', start: 0, end: 49 }],
      start: 95,
      end: 100,
    });
    assert.equal(result.closest, undefined);
  });

  it('says where a passage in the middle of a segment lies, and keeps its sentence end but no other punctuation', () => {
    const { match } = findPassage(vtt, 'a well kept secret');
    const start = vtt.segments[3]!.text.indexOf('a well-kept secret');
    assert.deepEqual(match!.segments, [{ id: 's004', start, end: start + 'a well-kept secret'.length }]);
    assert.equal(match!.text, 'a well-kept secret');
    assert.equal(findPassage(vtt, 'the harvest').match!.text, 'the harvest.');
  });

  it('calls words found several times ambiguous and picks an occurrence', () => {
    const result = findPassage(vtt, 'We grow what we eat');
    assert.equal(result.status, 'ambiguous');
    assert.deepEqual(result.matches.map((match) => match.segments[0]!.id), ['s002', 's004']);
    assert.deepEqual(result.match, result.matches[0]);
    assert.equal(result.match!.text, 'We grow what we eat');
    const second = findPassage(vtt, 'we grow what we eat', { occurrence: 2 });
    assert.equal(second.status, 'ambiguous');
    assert.equal(second.match!.text, 'we grow what we eat.');
    assert.equal(second.match!.start, 27.5);
    assert.equal(passageProblem('we grow what we eat', second, { occurrence: 2 }), undefined);
  });

  it('chooses nothing for an occurrence beyond the count, and refuses one that is not a positive integer', () => {
    const result = findPassage(vtt, 'we grow what we eat', { occurrence: 3 });
    assert.equal(result.status, 'ambiguous');
    assert.equal(result.match, undefined);
    assert.equal(passageProblem('we grow what we eat', result, { occurrence: 3 }), '“we grow what we eat” occurs 2 times in this transcript: there is no occurrence 3.');
    for (const occurrence of [0, -1, 1.5, Number.NaN]) {
      assert.throws(() => findPassage(vtt, 'we grow', { occurrence }), { name: 'RangeError', message: /occurrence must be a positive integer/ });
    }
  });

  it('names the closest passage and the one word that differs', () => {
    const result = findPassage(json, 'The kitchen garden feeds the whole town');
    assert.equal(result.status, 'not-found');
    assert.deepEqual(result.matches, []);
    assert.equal(result.match, undefined);
    assert.equal(result.closest!.segmentId, 'p3');
    assert.equal(result.closest!.text, 'The kitchen garden feeds the whole street');
    assert.deepEqual(result.closest!.diff, [
      { type: 'equal', text: 'The kitchen garden feeds the whole' },
      { type: 'removed', text: 'town' },
      { type: 'added', text: 'street' },
    ]);
    assert.equal(
      passageProblem('The kitchen garden feeds the whole town', result),
      '“The kitchen garden feeds the whole town” is not in this transcript. Closest, in segment p3: “The kitchen garden feeds the whole street”. Word by word: The kitchen garden feeds the whole [-town-] {+street+}',
    );
  });

  it('shows a missing word, an extra word and a misheard word in the diff', () => {
    const diff = (text: string) => formatWordDiff(findPassage(vtt, text).closest!.diff);
    assert.equal(diff('Compost is work, and nobody’s in a hurry'), 'Compost is {+patient+} work and nobody’s in a hurry');
    assert.equal(diff('Compost is patient work, and really nobody’s in a hurry'), 'Compost is patient work and [-really-] nobody’s in a hurry');
    assert.equal(diff('Compost is patience work and nobody is in a hurry'), 'Compost is [-patience-] {+patient+} work and [-nobody is-] {+nobody’s+} in a hurry');
    // An extra word at either end is dropped, not paired with the transcript's next word.
    assert.equal(diff('Honestly, compost is patient work'), '[-Honestly-] Compost is patient work');
    assert.equal(diff('the neighbours bring their own seeds today'), 'the neighbours bring their own seeds [-today-]');
  });

  it('names no closest passage when none shares a quarter of the words', () => {
    const result = findPassage(vtt, 'the next major computing platform');
    assert.deepEqual(result, { status: 'not-found', matches: [] });
    assert.equal(passageProblem('the next major computing platform', result), '“the next major computing platform” is not in this transcript, and no passage comes close.');
    assert.equal(findPassage(vtt, 'the next big harvest').closest?.text, 'the harvest.', 'two of four words are enough');
  });

  it('finds the closest passage among many similar ones (the bundled interview)', () => {
    for (const quote of interview.quotes.slice(0, 12)) {
      const words = quote.text.split(' ');
      if (words.length < 6) continue;
      const middle = words.length >> 1;
      const changed = [...words.slice(0, middle), 'zebra', ...words.slice(middle + 1)].join(' ');
      const result = findPassage(interview, changed);
      assert.equal(result.status, 'not-found', quote.id);
      assert.equal(result.closest!.segments[0]!.id, quote.segment, quote.id);
      assert.deepEqual(result.closest!.diff.filter((run) => run.type !== 'equal').map((run) => run.type), ['removed', 'added'], quote.id);
    }
  });

  it('runs across consecutive segments of one speaker, with the part of each', () => {
    const result = findPassage(json, 'the whole street in the summer months');
    assert.equal(result.status, 'verified');
    const { match } = result;
    assert.equal(match!.text, 'the whole street in the summer months');
    assert.deepEqual(match!.segments.map((segment) => segment.id), ['p3', 'p4']);
    assert.deepEqual(parts(json, match!), ['the whole street', 'in the summer months']);
    assert.equal(match!.speaker, 'omar');
    assert.equal(match!.start, undefined, 'no times in this file');

    const timed = findPassage(vtt, 'we grow what we eat. Compost is patient work').match!;
    assert.deepEqual(timed.segments.map((segment) => segment.id), ['s004', 's005']);
    assert.deepEqual(parts(vtt, timed), ['we grow what we eat.', 'Compost is patient work']);
    assert.equal(timed.text, 'we grow what we eat. Compost is patient work');
    assert.deepEqual([timed.start, timed.end], [27.5, 100]);
  });

  it('never runs across a change of speaker', () => {
    for (const transcript of [json, vtt]) {
      const result = findPassage(transcript, 'So what comes next? Next comes the harvest.');
      assert.equal(result.status, 'not-found');
      assert.equal(result.closest!.segments.length, 1);
      const speaker = result.closest!.speaker;
      assert.ok(result.closest!.segments.every(({ id }) => transcript.segments.find((segment) => segment.id === id)!.speaker === speaker));
    }
  });

  it('ignores straight and curly quotes, guillemets, dashes and apostrophes of any kind', () => {
    const expected = 'My grandmother called hers “the long table” — a place for everyone.';
    for (const text of [
      'My grandmother called hers "the long table" - a place for everyone.',
      "My grandmother called hers 'the long table' – a place for everyone",
      'my grandmother called hers «the long table» ― a place for everyone',
      'My grandmother called hers ‘the long table’—a place for everyone.',
      'My grandmother called hers „the long table“ ‒ a place for everyone',
    ]) {
      assert.equal(findPassage(vtt, text).match?.text, expected, text);
    }
    assert.equal(findPassage(vtt, "It's a well‑kept secret").status, 'verified', 'straight apostrophe, non-breaking hyphen');
    assert.equal(findPassage(vtt, 'It’s a well—kept secret').status, 'verified', 'a dash for the hyphen');
  });

  it('ignores punctuation at the edges of the words asked for', () => {
    for (const text of ['“Compost is patient work”', '"Compost is patient work…"', '…compost is patient work,', '(Compost is patient work.)', '— Compost is patient work —']) {
      assert.equal(findPassage(vtt, text).match?.text, 'Compost is patient work', text);
    }
  });

  it('folds Unicode compatibility forms and case fully', () => {
    const transcript: Transcript = {
      version: 1, id: 'u', title: 'U', language: 'de', topics: [], quotes: [],
      speakers: [{ id: 'a', name: 'A' }],
      segments: [{ id: 'u1', speaker: 'a', text: 'Die Straße ist ﬁne, ΟΔΟΣ ΚΑΛΗ, café.' }],
    };
    for (const text of ['die STRASSE ist fine', 'Ｄｉｅ Ｓｔｒａßｅ', 'οδος καλη', 'cafe\u0301']) {
      assert.equal(findPassage(transcript, text).status, 'verified', text);
    }
    assert.equal(findPassage(transcript, 'die strase').status, 'not-found');
    assert.equal(findPassage(transcript, 'cafe').status, 'not-found', 'accents are letters, not decoration');
  });

  it('keeps hostile text as text: markup is words to look for, never parsed', () => {
    const text = '<script>alert("x")</script> Compost is <b>patient</b> work';
    const result = findPassage(vtt, text);
    assert.equal(result.status, 'not-found');
    assert.equal(result.closest!.text, 'Compost is patient work');
    assert.equal(formatWordDiff(result.closest!.diff), '[-script alert x script-] Compost is [-b-] patient [-b-] work');
    assert.match(passageProblem(text, result)!, /^“<script>alert\("x"\)<\/script> Compost is <b>patient<\/b> work” is not in this transcript\./);
  });

  it('answers "not found" for empty text, text without words and text longer than any turn', () => {
    for (const text of ['', '   ', '“ — ” …', '\u0000\u001b\u0007']) {
      const result = findPassage(vtt, text);
      assert.deepEqual(result, { status: 'not-found', matches: [] }, JSON.stringify(text));
      assert.equal(passageProblem(text, result), 'There are no words to look for: the text is empty or only punctuation.');
    }
    // 100 KB holding a real passage: longer than any turn, so not a passage, and no alignment is tried.
    const huge = `${'Compost is patient work. '.repeat(4000)}<script>`;
    const result = findPassage(vtt, huge);
    assert.deepEqual(result, { status: 'not-found', matches: [] });
    const message = passageProblem(huge, result)!;
    assert.ok(message.length < 200, 'the message quotes only the start of the text');
    assert.match(message, /^“Compost is patient work\. Compost .*…” is not in this transcript, and no passage comes close\.$/);
  });

  it('finds words that a teaser repeats where they were said, and in the teaser when only there', () => {
    const teaser: Transcript = {
      ...json,
      segments: [
        { id: 't1', speaker: 'omar', text: 'Compost is patient work.', note: 'teaser' },
        { id: 't2', speaker: 'rosa', text: 'Welcome, before we start.', note: 'teaser' },
        ...json.segments,
      ],
    };
    const repeated = findPassage(teaser, 'compost is patient work');
    assert.equal(repeated.status, 'verified');
    assert.equal(repeated.match!.segments[0]!.id, 'p8');
    assert.equal(findPassage(teaser, 'before we start').match!.segments[0]!.id, 't2');
    const teased = interview.segments.find((segment) => segment.note === 'teaser' && /very hard to make/i.test(segment.text));
    assert.ok(teased, 'the interview opens with this line');
    const moment = findPassage(interview, 'Very hard to make each one of these');
    assert.equal(moment.status, 'verified');
    assert.notEqual(moment.match!.segments[0]!.id, teased.id);
  });

  it('finds every quote of the bundled interview in its own segment', () => {
    for (const quote of interview.quotes) {
      const result = findPassage(interview, quote.text);
      assert.ok(result.match, quote.id);
      assert.ok(result.matches.some((match) => match.segments[0]!.id === quote.segment && match.segments.length === 1), quote.id);
    }
  });
});
