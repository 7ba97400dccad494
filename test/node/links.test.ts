import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { contextLink, textDirective } from '../../src/core/links.js';
import { formatLinkState, parseLinkState } from '../../src/core/link-state.js';
import { passageLink } from '../../src/core/passage-link.js';
import { findPassage } from '../../src/core/passage.js';
import { parseTranscript } from '../../src/core/parse.js';
import { closestIds, unknownIdMessage } from '../../src/core/suggest.js';
import { safeUrl } from '../../src/core/url.js';
import { escapeHtml } from '../../src/core/html.js';

describe('links', () => {
  it('links a quote to its segment with a text fragment', () => {
    assert.equal(
      contextLink('https://example.org/talk.html#old', 's012', 'Very hard to make, each one.'),
      'https://example.org/talk.html#verbatim-s012:~:text=Very%20hard%20to%20make%2C%20each%20one.',
    );
  });

  it('uses a start,end range for long quotes and escapes dashes', () => {
    const directive = textDirective('one two three four five six seven eight nine ten eleven well-known');
    assert.equal(directive, 'text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20well%2Dknown');
  });

  it('round-trips segment and search states', () => {
    for (const state of [{ segment: 's007' }, { segment: 's007', time: 83 }, { query: 'holographic "full body" & more' }]) {
      assert.deepEqual(parseLinkState(`#${formatLinkState(state)}`), state);
    }
    assert.deepEqual(parseLinkState('#verbatim-s012:~:text=abc'), { segment: 's012' });
    assert.deepEqual(parseLinkState('#verbatim-s012&t=83.5:~:text=abc'), { segment: 's012', time: 83.5 });
  });

  it('round-trips a view: query, filters and matches only, in one entry', () => {
    const state = { query: 'open; source=yes', speaker: 'guest', topic: 'ai-open', matchesOnly: true };
    const fragment = formatLinkState(state);
    assert.equal(fragment, 'verbatim-search=open%3B%20source%3Dyes;speaker=guest;topic=ai-open;only=matches');
    assert.deepEqual(parseLinkState(`#${fragment}`), state);
    assert.equal(formatLinkState({ speaker: 'host' }), 'verbatim-speaker=host');
    assert.deepEqual(parseLinkState('#verbatim-speaker=host'), { speaker: 'host' });
    assert.equal(formatLinkState({ matchesOnly: true }), 'verbatim-only=matches');
    assert.deepEqual(parseLinkState('#verbatim-search=x;colour=red'), {});
  });

  it('writes the moment in whole seconds, and none that is not a time', () => {
    assert.equal(formatLinkState({ segment: 's1', time: 83.9 }), 'verbatim-s1&t=83');
    assert.equal(formatLinkState({ segment: 's1', time: 0 }), 'verbatim-s1&t=0');
    assert.equal(formatLinkState({ segment: 's1', time: Number.NaN }), 'verbatim-s1');
    assert.equal(formatLinkState({ segment: 's1', time: -4 }), 'verbatim-s1');
  });

  it('ignores fragments that are not ours or are malformed', () => {
    assert.deepEqual(parseLinkState('#intro'), {});
    assert.deepEqual(parseLinkState('#verbatim-<script>'), {});
    assert.deepEqual(parseLinkState('#verbatim-search=%E0%A4%A'), {});
    assert.deepEqual(parseLinkState('#verbatim-s1&t=soon'), {});
    assert.deepEqual(parseLinkState('#verbatim-s1&t=1&t=2'), {});
  });
});

describe('passageLink', () => {
  const read = (name: string) => parseTranscript(readFileSync(new URL(`fixtures/passage/${name}`, import.meta.url), 'utf8'));
  const vtt = read('episode.vtt');
  const json = read('episode.json');

  it('links a timed passage to its segment, its moment and its words, escaping dashes, commas and ampersands', () => {
    const { match } = findPassage(vtt, 'it’s a well kept secret, we grow');
    assert.equal(match!.text, 'It’s a well-kept secret: we grow');
    assert.equal(passageLink('https://example.org/ep1.html?a=1&b=2#top', match!),
      'https://example.org/ep1.html?a=1&b=2#verbatim-s004&t=27:~:text=It%E2%80%99s%20a%20well%2Dkept%20secret%3A%20we%20grow');
    const comma = findPassage(vtt, 'Thanks, Rosa').match!;
    assert.equal(passageLink('/ep1.html', comma), '/ep1.html#verbatim-s002&t=5:~:text=Thanks%2C%20Rosa.');
    const hostile = { text: 'Fish & chips, now-ish', speaker: 'x', segments: [{ id: 'a1', start: 0, end: 21 }] };
    assert.equal(passageLink('/p', hostile), '/p#verbatim-a1:~:text=Fish%20%26%20chips%2C%20now%2Dish');
  });

  it('uses a start,end range for a long passage, and always for one across segments', () => {
    const long = findPassage(vtt, 'Thanks Rosa we grow what we eat and we eat what we grow').match!;
    assert.equal(passageLink('/ep1.html', long), '/ep1.html#verbatim-s002&t=5:~:text=Thanks%2C%20Rosa.%20We%20grow%20what,we%20eat%20what%20we%20grow.');
    // Browsers match each piece within one block: the start in p3, the end in p4.
    const across = findPassage(json, 'the whole street in the summer').match!;
    assert.deepEqual(across.segments.map((segment) => segment.id), ['p3', 'p4']);
    assert.equal(passageLink('/ep1.html', across), '/ep1.html#verbatim-p3:~:text=the%20whole%20street,in%20the%20summer');
    const timed = findPassage(vtt, 'we grow what we eat. Compost is patient work, and nobody’s in a hurry', { occurrence: 1 }).match!;
    assert.equal(passageLink('/ep1.html', timed), '/ep1.html#verbatim-s004&t=27:~:text=we%20grow%20what%20we%20eat.,and%20nobody%E2%80%99s%20in%20a%20hurry.');
  });
});

describe('safeUrl', () => {
  it('keeps http(s) and relative URLs', () => {
    for (const url of ['https://example.org/a', 'http://x.test', '/t.html', 'transcript.html#x', '?q=1']) {
      assert.equal(safeUrl(url), url);
    }
  });
  it('rejects other schemes, however disguised', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '', null]) {
      assert.equal(safeUrl(url), undefined, String(url));
    }
  });
});

describe('unknown ids', () => {
  it('suggests the closest ids', () => {
    assert.deepEqual(closestIds('orion', ['cold-open', 'orion-glasses', 'open-source-ai', 'loneliness']), ['orion-glasses', 'cold-open', 'loneliness']);
    assert.equal(unknownIdMessage('quote', 'q99', ['q09', 'q19', 'q01', 'q40']), 'No quote "q99" in this transcript. Closest: "q09", "q19", "q01".');
    assert.equal(unknownIdMessage('topic', 'x', []), 'No topic "x": this transcript has no topics.');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });
});
