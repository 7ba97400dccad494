import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextLink, formatLinkState, parseLinkState, textDirective } from '../../src/core/links.js';
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
    for (const state of [{ segment: 's007' }, { query: 'holographic "full body" & more' }]) {
      assert.deepEqual(parseLinkState(`#${formatLinkState(state)}`), state);
    }
    assert.deepEqual(parseLinkState('#verbatim-s012:~:text=abc'), { segment: 's012' });
  });

  it('ignores fragments that are not ours or are malformed', () => {
    assert.deepEqual(parseLinkState('#intro'), {});
    assert.deepEqual(parseLinkState('#verbatim-<script>'), {});
    assert.deepEqual(parseLinkState('#verbatim-search=%E0%A4%A'), {});
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
