/** The hostile-data corpus through validation, the parsers, search and the email export. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTopicCardEmail } from '../../src/core/email.js';
import { renderTopicCardText } from '../../src/core/email-text.js';
import { TranscriptError } from '../../src/core/errors.js';
import { formatFromResponse, loadTranscript } from '../../src/core/load.js';
import { parseTranscript } from '../../src/core/parse.js';
import { createSearch } from '../../src/core/search.js';
import { validateTranscript } from '../../src/core/validate.js';
import {
  BAD_URLS, MARKUP, PROTO_KEYED_JSON, TRICKY_TEXT, hostileTranscript, hugeSegmentTranscript, invalidTranscripts, manySegmentsTranscript,
} from '../browser/fixtures/hardening/corpus.js';

const HREF = 'https://example.org/talk.html';

/** The HTML's tags, with their attributes, as written (text content removed). */
const tags = (html: string): string[] => html.match(/<[^>]*>/g) ?? [];

describe('hostile corpus: validation and parsing', () => {
  it('accepts the hostile transcript and keeps every string verbatim', () => {
    const transcript = hostileTranscript();
    const result = validateTranscript(transcript);
    assert.ok(result.ok);
    const parsed = parseTranscript(JSON.stringify(transcript));
    assert.deepEqual(parsed, transcript);
    assert.ok(parsed.segments[0]!.text.includes(TRICKY_TEXT));
    assert.ok(parsed.segments[0]!.text.includes('\u0000'));
  });

  for (const { name, value, path } of invalidTranscripts()) {
    it(`rejects ${name} with an error at ${path}`, () => {
      const result = validateTranscript(value);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.errors[0]!.path, path);
      assert.throws(() => parseTranscript(JSON.stringify(value)), (error: unknown) =>
        error instanceof TranscriptError && error.name === 'TranscriptError' && error.message.length > 0);
    });
  }

  it('reads own "__proto__" keys without polluting Object.prototype', () => {
    const parsed = parseTranscript(PROTO_KEYED_JSON);
    assert.equal(parsed.speakers[0]!.id, 'constructor');
    assert.equal(({} as Record<string, unknown>).verbatimPolluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'verbatimPolluted'), false);
  });

  it('reads voice tags named after Object.prototype members and markup in captions as text', () => {
    const vtt = `WEBVTT\n\n00:00.000 --> 00:01.000\n<v __proto__>${MARKUP}\n\n00:01.000 --> 00:02.000\n<v constructor>${TRICKY_TEXT}\n`;
    const parsed = parseTranscript(vtt);
    assert.deepEqual(parsed.speakers.map((speaker) => speaker.name), ['__proto__', 'constructor']);
    assert.ok(validateTranscript(parsed).ok);
    assert.equal(({} as Record<string, unknown>).name, undefined);
  });

  it('rejects a NUL-ridden text file with a TranscriptError, and never throws anything else', () => {
    for (const format of ['vtt', 'srt', 'text', 'verbatim', 'podcast-json'] as const) {
      for (const input of [`\u0000${MARKUP}`, '{"__proto__": 1}', '[]', 'null', '\u202E']) {
        try {
          parseTranscript(input, { format });
        } catch (error) {
          assert.ok(error instanceof TranscriptError, `${format} ${JSON.stringify(input)} threw ${String(error)}`);
        }
      }
    }
  });

  it('validates and parses a 1 MB segment and 100,000 segments in reasonable time', () => {
    const huge = hugeSegmentTranscript();
    assert.equal(parseTranscript(JSON.stringify(huge)).segments[0]!.text.length, 1024 * 1024);
    const many = manySegmentsTranscript();
    const started = performance.now();
    assert.ok(validateTranscript(many).ok);
    const parsed = parseTranscript(JSON.stringify(many));
    const elapsed = performance.now() - started;
    assert.equal(parsed.segments.length, 100_000);
    assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);
  });

  it('searches hostile and huge text: markup is matched as text, prototype names find nothing unexpected', () => {
    const search = createSearch(hostileTranscript());
    assert.equal(search.search('__proto__').length, 0);
    assert.ok(search.search('<script>').length > 0);
    assert.ok(search.search('hologram').every((hit) => hit.ranges.length > 0));
    const huge = createSearch(hugeSegmentTranscript());
    const [hit] = huge.search('hologram');
    assert.equal(hit?.segmentId, 's1');
  });
});

describe('hostile corpus: src URLs', () => {
  it('refuses javascript:, data: and other non-http(s) URLs without fetching them', async () => {
    for (const url of BAD_URLS) {
      await assert.rejects(loadTranscript(url), (error: unknown) =>
        error instanceof TranscriptError && error.message.includes('only http(s) and relative URLs are allowed'), url);
    }
  });

  it('reads no format from a content type or extension named after an Object.prototype member', () => {
    assert.equal(formatFromResponse('https://example.com/talk.constructor', 'constructor'), undefined);
    assert.equal(formatFromResponse('https://example.com/talk.tostring', '__proto__'), undefined);
    assert.equal(formatFromResponse('https://example.com/talk.vtt', null), 'vtt');
  });
});

describe('hostile corpus: email export', () => {
  it('escapes every field: no element or attribute from the data, the text still reads', () => {
    const html = renderTopicCardEmail(hostileTranscript(), 'constructor', { href: HREF });
    for (const tag of tags(html)) {
      assert.doesNotMatch(tag, /<(?:script|img|svg|iframe|style|body)\b|\son[a-z]+=|javascript:/i, tag);
    }
    assert.ok(html.includes('&lt;script&gt;globalThis.verbatimPwned'));
    // Non-ASCII is written as character references; NUL, which HTML forbids, as U+FFFD.
    assert.ok(!html.includes('\u0000'));
    const decoded = html.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    assert.ok(decoded.includes('👩🏽‍🚀'));
    assert.ok(decoded.includes('combining e\u0301'));
    assert.ok(decoded.includes('NUL\uFFFDhere'));
    assert.ok(decoded.includes('\u202Eoverride\u202C'));
  });

  it('renders the plain-text part with the text as is', () => {
    const text = renderTopicCardText(hostileTranscript(), 'constructor', { href: HREF });
    assert.ok(text.includes('<script>globalThis.verbatimPwned = "script"</script>'));
  });

  it('refuses javascript: and data: links and prototype-named unknown topics with a RangeError', () => {
    for (const href of BAD_URLS) {
      assert.throws(() => renderTopicCardEmail(hostileTranscript(), 'constructor', { href }), RangeError, href);
    }
    for (const topic of ['__proto__', 'tostring', 'hasOwnProperty']) {
      assert.throws(() => renderTopicCardEmail(hostileTranscript(), topic), (error: unknown) =>
        error instanceof RangeError && /topic/i.test(error.message), topic);
    }
  });

  it('renders a card from a 1 MB segment and from 100,000 segments', () => {
    assert.match(renderTopicCardEmail(hugeSegmentTranscript(), 'all', { href: HREF }), /hologram/);
    assert.match(renderTopicCardEmail(manySegmentsTranscript(), 'all', { href: HREF }), /Segment 99999/);
  });
});
