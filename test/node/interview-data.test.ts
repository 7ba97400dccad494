/**
 * The bundled interview: the committed JSON is what `npm run data` builds, and the
 * curation keeps its promises — every raw word in order except the listed corrections,
 * verbatim quotes, topics that cover the conversation, and speakers that say what they said.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildInterview, buildTranscript, DATA_DIR, OUTPUT_FILE, PROVENANCE_FILE, readSources, serializeTranscript, SOURCE_FILES } from '../../scripts/build-data.js';
import { INTERVIEW_CORRECTION_COUNT, loadInterviewProvenance } from '../../src/data/provenance.js';
import type { Transcript } from '../../src/core/types.js';

const read = (name: string): string => readFileSync(join(DATA_DIR, name), 'utf8');
const committedText = read(OUTPUT_FILE);
const interview = JSON.parse(committedText) as Transcript;
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const HOST = 'cleo-abram';
const GUEST = 'mark-zuckerberg';

/** Position of the first difference of two word lists, with a readable excerpt of both. */
function firstDifference(actual: string[], expected: string[]): string | undefined {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i++) {
    if (actual[i] !== expected[i]) {
      return `word ${i + 1}: curated "${actual.slice(i, i + 8).join(' ')}" but raw + corrections give "${expected.slice(i, i + 8).join(' ')}"`;
    }
  }
  return undefined;
}

describe('interview.json', () => {
  it('is exactly what `npm run data` builds from the sources', () => {
    assert.equal(committedText, serializeTranscript(buildInterview()), 'src/data/interview.json is stale or hand-edited: run `npm run data`');
  });

  it('passes validateTranscript', async () => {
    const { validateTranscript } = await import('../../src/core/validate.js');
    const result = validateTranscript(interview);
    assert.ok(result.ok, result.ok ? '' : result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  });

  it('has the metadata of the episode and nothing invented', () => {
    assert.equal(interview.version, 1);
    assert.equal(interview.id, 'huge-conversations-zuckerberg');
    assert.equal(interview.language, 'en');
    assert.ok(interview.title.trim().length > 0);
    assert.deepEqual(interview.source, { publisher: 'Huge If True' });
    assert.deepEqual(interview.speakers, [
      { id: HOST, name: 'Cleo Abram', role: 'host' },
      { id: GUEST, name: 'Mark Zuckerberg', role: 'guest' },
    ]);
  });
});

describe('the curated text', () => {
  const raw = read(SOURCE_FILES.raw);

  it('keeps the raw caption text as it came (8,122 words)', () => {
    assert.equal(words(raw).length, 8122);
    assert.ok(raw.startsWith("I'd love to start with these. Ten years of work right there."));
    assert.ok(raw.endsWith('Thank you so much for doing this. Yeah, no thank you.'));
  });

  it('is the raw text with exactly the listed corrections applied, word by word', () => {
    // Re-derived here on purpose, independently of the builder: read the correction blocks,
    // place each at its one occurrence in the raw words, splice, compare with the segments.
    const blocks = read(SOURCE_FILES.corrections)
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#')))
      .filter((lines) => lines.length > 0)
      .map((lines) => Object.fromEntries(lines.map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      })) as Record<string, string>);
    assert.ok(blocks.length > 0, 'no corrections found');

    const rawWords = words(raw);
    const occurrences = (haystack: string[], needle: string[]): number[] =>
      haystack.flatMap((_, i) => (needle.every((word, j) => haystack[i + j] === word) ? [i] : []));
    const placed = blocks.map((block) => {
      assert.ok(block.raw && block.corrected && block.reason, `incomplete correction: ${JSON.stringify(block)}`);
      const target = words(block.raw);
      const context = words(block.context ?? block.raw);
      const where = occurrences(rawWords, context);
      assert.equal(where.length, 1, `"${block.context ?? block.raw}" must occur once in the raw text`);
      const inside = occurrences(context, target);
      assert.equal(inside.length, 1, `"${block.raw}" must occur once in its context`);
      const start = where[0]! + inside[0]!;
      return { start, end: start + target.length, corrected: words(block.corrected) };
    }).sort((a, b) => b.start - a.start);

    const expected = [...rawWords];
    let limit = Infinity;
    for (const { start, end, corrected } of placed) {
      assert.ok(end <= limit, 'corrections overlap');
      expected.splice(start, end - start, ...corrected);
      limit = start;
    }
    const curated = interview.segments.flatMap((segment) => words(segment.text));
    const difference = firstDifference(curated, expected);
    assert.equal(difference, undefined, difference);
    // Segment text is its words joined by single spaces: no added punctuation or markup.
    for (const segment of interview.segments) assert.equal(segment.text, words(segment.text).join(' '), segment.id);
  });

  it('fixes the known recognition errors of the raw captions', () => {
    const text = interview.segments.map((segment) => segment.text).join('\n');
    for (const wrong of ['Tony Start', 'Hugh Jiftrue', 'Jiftrue', 'Met AI', 'Ray-Ban Meadows', 'ping punk', 'surgeon in general', 'wherever it is. wherever it is.', 'Blues in scrabble', 'eight brains', 'the sense presence']) {
      assert.ok(!text.includes(wrong), `still contains "${wrong}"`);
    }
    assert.doesNotMatch(text, /\bLama\b/);
    for (const right of ['Tony Stark', 'Huge If True', 'Llama', 'Meta AI', 'Ray-Ban Metas', 'ping pong paddle', 'Surgeon General', 'I lose in Scrabble to my mom', 'things that our brains value']) {
      assert.ok(text.includes(right), `missing "${right}"`);
    }
  });
});

describe('the clean-verbatim policy', () => {
  const corrections = read(SOURCE_FILES.corrections);
  /** Lower case, without punctuation, so that "the team. the teams." reads as a repeat. */
  const bare = (word: string): string => word.toLowerCase().replace(/[^a-z0-9']/g, '').replace(/(...)s$/, '$1');
  /** Every run of 1 to 6 words said twice in a row, with a few words around it. */
  function repeats(text: string): string[] {
    const found: string[] = [];
    const list = words(text);
    const keys = list.map(bare);
    for (let size = 1; size <= 6; size++) {
      for (let i = 0; i + 2 * size <= keys.length; i++) {
        const run = keys.slice(i, i + size);
        if (run.every((key) => key !== '') && run.every((key, j) => key === keys[i + size + j])) {
          found.push(list.slice(Math.max(0, i - 2), i + 2 * size + 2).join(' '));
        }
      }
    }
    return found;
  }
  // The repeats the policy keeps, as the corrections file's header says: emphasis, grammar, and
  // Abram's repeated name in her introduction.
  const kept = [
    /^Meta CEO Mark Zuckerberg\. Mark Zuckerberg\?/,
    /\bthat,? that\b/,
    /\b[Yy]eah, yeah\b/,
    /\bto it, it can\b/,
  ];

  it('states the policy in the corrections file', () => {
    assert.match(corrections, /^# Policy: /m);
    assert.match(corrections, /Repeated words are kept once, everywhere/);
  });

  it('leaves no caption double or stutter in the curated text', () => {
    const left = interview.segments.flatMap((segment) => repeats(segment.text).filter((excerpt) => !kept.some((pattern) => pattern.test(excerpt))).map((excerpt) => `${segment.id}: ${excerpt}`));
    assert.deepEqual(left, []);
  });

  it('finds the doubles of the raw captions (the check can fail)', () => {
    const raw = repeats(read(SOURCE_FILES.raw)).filter((excerpt) => !kept.some((pattern) => pattern.test(excerpt)));
    for (const double of ['the team. the teams.', 'cards. card,', 'wherever it is. wherever it is.']) {
      assert.ok(raw.some((excerpt) => excerpt.includes(double)), double);
    }
  });

  it('gives every correction a reason of a known kind, and marks gaps with […] only where a gap is the reason', () => {
    const kinds = /^(speech recognition|product name|company name|caption punctuation|caption overlap|stutter|gap):/;
    const blocks = corrections.split(/\n\s*\n/).map((block) => block.split('\n').filter((line) => !line.startsWith('#') && line.trim() !== '')).filter((block) => block.length > 0);
    for (const block of blocks) {
      const field = (key: string): string => block.find((line) => line.startsWith(`${key}:`))!.slice(key.length + 1).trim();
      assert.match(field('reason'), kinds, field('raw'));
      if (field('corrected').includes('[…]')) assert.match(field('reason'), /\bgap:/, field('raw'));
    }
    const gaps = interview.segments.reduce((count, segment) => count + (segment.text.match(/\[…\]/g) ?? []).length, 0);
    assert.ok(gaps >= 20, `${gaps} gaps marked`);
  });
});

describe('the cold open', () => {
  const teaser = interview.segments.filter((segment) => segment.note === 'teaser');
  const introduction = interview.segments.findIndex((segment) => segment.text.startsWith("I'm about to interview"));

  it('marks exactly the segments before the introduction as the teaser', () => {
    assert.ok(introduction > 0);
    assert.deepEqual(teaser.map((segment) => segment.id), interview.segments.slice(0, introduction).map((segment) => segment.id));
    for (const segment of interview.segments) assert.ok(segment.note === undefined || segment.note === 'teaser', segment.id);
  });

  it('repeats lines said later: each teaser line shares a run of words with the conversation', () => {
    const plain = (text: string): string => text.toLowerCase().replace(/[^a-z0-9' ]/g, '');
    const later = plain(interview.segments.slice(introduction).map((segment) => segment.text).join(' '));
    for (const segment of teaser) {
      const list = words(plain(segment.text));
      const size = Math.min(3, list.length);
      const shared = list.some((_, i) => i + size <= list.length && later.includes(list.slice(i, i + size).join(' ')));
      assert.ok(shared, `${segment.id}: "${segment.text}"`);
    }
  });

  it('says in the script which teaser lines are edited joins', () => {
    assert.match(read(SOURCE_FILES.script), /edited joins of two separate moments/);
  });
});

describe('segments', () => {
  it('are numbered s001, s002, … in order', () => {
    interview.segments.forEach((segment, i) => assert.equal(segment.id, `s${String(i + 1).padStart(3, '0')}`));
  });

  it('are paragraphs of at most about 120 words', () => {
    for (const segment of interview.segments) {
      const count = words(segment.text).length;
      assert.ok(count >= 1 && count <= 130, `${segment.id} has ${count} words`);
    }
  });

  it('belong to the host or the guest, and both speak', () => {
    const speakers = new Set(interview.segments.map((segment) => segment.speaker));
    assert.deepEqual([...speakers].sort(), [HOST, GUEST]);
  });
});

describe('topics', () => {
  const index = new Map(interview.segments.map((segment, i) => [segment.id, i]));

  it('are 10 to 14, starting with the cold open', () => {
    assert.ok(interview.topics.length >= 10 && interview.topics.length <= 14, `${interview.topics.length} topics`);
    const [coldOpen] = interview.topics;
    assert.equal(coldOpen!.id, 'cold-open');
    const last = index.get(coldOpen!.segments[1])!;
    const text = interview.segments.slice(0, last + 1).map((segment) => segment.text).join(' ');
    assert.ok(text.includes("I'm about to interview Meta CEO Mark Zuckerberg."));
    assert.ok(text.endsWith('Welcome to the first episode of our new series, Huge Conversations.'));
  });

  it('cover every segment exactly once, in order', () => {
    let next = 0;
    for (const topic of interview.topics) {
      const first = index.get(topic.segments[0]);
      const last = index.get(topic.segments[1]);
      assert.equal(first, next, `topic ${topic.id} should start at segment ${interview.segments[next]?.id}`);
      assert.ok(last !== undefined && last >= first!, `topic ${topic.id} ends before it starts`);
      next = last! + 1;
    }
    assert.equal(next, interview.segments.length, 'the last topic must end with the last segment');
  });

  it('have titles of at most 60 characters and summaries of 40 to 90 words that name a speaker', () => {
    for (const topic of interview.topics) {
      assert.ok(topic.title.length > 0 && topic.title.length <= 60, `${topic.id}: title of ${topic.title.length} characters`);
      const count = words(topic.summary).length;
      assert.ok(count >= 40 && count <= 90, `${topic.id}: summary of ${count} words`);
      assert.match(topic.summary, /\b(Abram|Zuckerberg)\b/, `${topic.id}: the summary should say who says it`);
    }
  });

  it('list exactly the quotes taken from their segments: the key quote first, then in transcript order', () => {
    const position = (id: string): number => {
      const quote = interview.quotes.find((candidate) => candidate.id === id)!;
      const segment = interview.segments[index.get(quote.segment)!]!;
      return index.get(quote.segment)! * 10_000 + segment.text.indexOf(quote.text);
    };
    for (const topic of interview.topics) {
      const [first, last] = [index.get(topic.segments[0])!, index.get(topic.segments[1])!];
      const inside = interview.quotes
        .filter((quote) => index.get(quote.segment)! >= first && index.get(quote.segment)! <= last)
        .map((quote) => quote.id);
      assert.deepEqual([...topic.quotes].sort(), [...inside].sort(), topic.id);
      const rest = topic.quotes.slice(1);
      assert.deepEqual(rest, [...rest].sort((a, b) => position(a) - position(b)), `${topic.id}: quotes after the key quote are in transcript order`);
      for (const id of inside) assert.equal(interview.quotes.find((quote) => quote.id === id)!.topic, topic.id);
    }
    // The list of quotes follows the topics, so a carousel of all quotes starts with the first key quote.
    assert.deepEqual(interview.quotes.map((quote) => quote.id), interview.topics.flatMap((topic) => topic.quotes));
  });

  it('each have a key quote (the first, shown by the topic card and first in a carousel) spoken by a guest', () => {
    const roles = new Map(interview.speakers.map((speaker) => [speaker.id, speaker.role]));
    for (const topic of interview.topics.slice(1)) {
      const key = interview.quotes.find((quote) => quote.id === topic.quotes[0])!;
      const speaker = interview.segments[index.get(key.segment)!]!.speaker;
      assert.equal(roles.get(speaker), 'guest', `${topic.id}: key quote ${key.id} is spoken by ${speaker}`);
    }
  });

  it('summaries keep the hedges of the lines they report', () => {
    const summary = (id: string): string => interview.topics.find((topic) => topic.id === id)!.summary;
    assert.match(summary('orion-glasses'), /he thinks, the first full holographic/);
    assert.match(summary('pace-of-change'), /our responsibility/);
    assert.match(summary('illusion-of-presence'), /the illusion wins/);
    const title = interview.topics.find((topic) => topic.id === 'orion-glasses')!.title;
    assert.match(title, /he thinks/);
  });
});

describe('quotes', () => {
  const segments = new Map(interview.segments.map((segment) => [segment.id, segment]));

  it('never come from the teaser', () => {
    for (const quote of interview.quotes) assert.notEqual(segments.get(quote.segment)!.note, 'teaser', quote.id);
    const sources = readSources();
    const teaserLine = interview.segments.find((segment) => segment.note === 'teaser' && words(segment.text).length >= 8)!;
    assert.throws(() => buildTranscript({ ...sources, quotes: `[cold-open]\nq99: ${teaserLine.text}\n` }), /comes from the teaser/);
  });

  it('hold no gap mark, and start and end on whole words (not inside a word or on stray punctuation)', () => {
    for (const quote of interview.quotes) {
      assert.ok(!quote.text.includes('[…]'), `${quote.id} crosses a gap`);
      assert.match(quote.text, /^[A-Za-z0-9]/, `${quote.id} starts on punctuation`);
      assert.match(quote.text, /[A-Za-z0-9.?!%]$/, `${quote.id} ends on a comma or a dash`);
    }
  });

  it('are verbatim substrings of their segment, on whole words', () => {
    for (const quote of interview.quotes) {
      const segment = segments.get(quote.segment);
      assert.ok(segment, `${quote.id}: unknown segment ${quote.segment}`);
      const at = segment.text.indexOf(quote.text);
      assert.ok(at >= 0, `${quote.id} is not in ${quote.segment}: "${quote.text}"`);
      assert.ok(at === 0 || segment.text[at - 1] === ' ', `${quote.id} starts mid-word`);
      const end = at + quote.text.length;
      assert.ok(end === segment.text.length || segment.text[end] === ' ', `${quote.id} ends mid-word`);
    }
  });

  it('are 8 to 60 words each, at least 40 in all', () => {
    assert.ok(interview.quotes.length >= 40, `${interview.quotes.length} quotes`);
    for (const quote of interview.quotes) {
      const count = words(quote.text).length;
      assert.ok(count >= 8 && count <= 60, `${quote.id} has ${count} words`);
    }
  });

  it('number at least 2 per topic (the cold open aside) and come from both speakers', () => {
    for (const topic of interview.topics.slice(1)) assert.ok(topic.quotes.length >= 2, `${topic.id} has ${topic.quotes.length} quotes`);
    const speakers = new Set(interview.quotes.map((quote) => segments.get(quote.segment)!.speaker));
    assert.ok(speakers.has(HOST) && speakers.has(GUEST), 'both speakers must be quoted');
  });
});

describe('provenance', () => {
  it('lists every correction with the segment that holds it, and the policy', async () => {
    const provenance = await loadInterviewProvenance();
    assert.equal(read(PROVENANCE_FILE), `${JSON.stringify(provenance)}\n`);
    const count = read(SOURCE_FILES.corrections).split('\n').filter((line) => line.startsWith('raw:')).length;
    assert.equal(provenance.corrections.length, count);
    assert.equal(INTERVIEW_CORRECTION_COUNT, count, 'the count the transcript shows before it loads the list');
    assert.ok(provenance.policy[0]!.startsWith('Clean verbatim'));
    const segments = new Map(interview.segments.map((segment) => [segment.id, segment.text]));
    for (const correction of provenance.corrections) {
      assert.ok(segments.get(correction.segment)?.includes(correction.corrected), `${correction.segment} holds "${correction.corrected}"`);
    }
    const stark = provenance.corrections.find((correction) => correction.raw === 'Tony Start')!;
    assert.deepEqual([stark.segment, stark.corrected], ['s003', 'Tony Stark']);
  });
});

describe('attribution spot checks', () => {
  // A distinctive phrase from across the conversation and who says it. Every segment that
  // contains the phrase (case-insensitive) must belong to that speaker.
  const checks: Array<[string, string]> = [
    ["I'm about to interview Meta CEO Mark Zuckerberg", HOST],
    ['Welcome to the first episode of our new series, Huge Conversations', HOST],
    ['we have a show called Huge If True', HOST],
    ['call these the real-life Tony Stark glasses', HOST],
    ['the first full holographic augmented reality glasses', GUEST],
    ['Very hard to make each one of these', GUEST],
    ['micro projectors that basically shoot light into the waveguides', GUEST],
    ["I'm also thinking of the Snapchat Spectacles", HOST],
    ['delivering high quality mixed reality for $299', GUEST],
    ["there are two primary values that we're trying to bring", GUEST],
    ["My parents don't live anywhere close to me", HOST],
    ['That makes me feel incredibly optimistic', HOST],
    ['hugging my mom', HOST],
    ['haptics is hard', GUEST],
    ['homunculus version of a person', GUEST],
    ['I dropped the ping-pong paddle on the virtual table', GUEST],
    ['the average American has fewer friends now', HOST],
    ['in the American Time Use Survey', HOST],
    ['according to the Surgeon General', HOST],
    ['That share has jumped from 3% to 12%', HOST],
    ['I spend more time with my sister who lives across the country', GUEST],
    ['basically the Star Trek translator', HOST],
    ['struggling to articulate themselves emotionally', HOST],
    ['should we still teach our kids to program computers', GUEST],
    ['they just translate in real time in your ear', GUEST],
    ['how does generative AI change how social media feels', HOST],
    ['an AI artifact that their community can interact with', GUEST],
    ["and you're supposed to be the optimist", GUEST],
    ['If I take my creator hat off', HOST],
    ['maintaining curiosity about things is important', GUEST],
    ['what does open source mean', GUEST],
    ['open source software is safer and more secure', GUEST],
    ['what is the biggest open, genuine question on your mind', HOST],
    ["we haven't found the end yet", GUEST],
    ['more than 100,000 GPUs', GUEST],
  ];

  it('has at least 20 checks from across the conversation', () => {
    assert.ok(checks.length >= 20);
    const positions = checks.map(([phrase]) =>
      interview.segments.findIndex((segment) => segment.text.toLowerCase().includes(phrase.toLowerCase())));
    const topicsCovered = new Set(positions.map((i) => interview.topics.find((topic) =>
      i >= interview.segments.findIndex((s) => s.id === topic.segments[0]) &&
      i <= interview.segments.findIndex((s) => s.id === topic.segments[1]))?.id));
    assert.ok(topicsCovered.size >= 10, `the checks cover only ${topicsCovered.size} topics`);
  });

  for (const [phrase, speaker] of checks) {
    it(`"${phrase}" is said by ${speaker}`, () => {
      const found = interview.segments.filter((segment) => segment.text.toLowerCase().includes(phrase.toLowerCase()));
      assert.ok(found.length > 0, `"${phrase}" is not in the transcript`);
      for (const segment of found) assert.equal(segment.speaker, speaker, `${segment.id}: "${phrase}"`);
    });
  }
});
