import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containBidi } from '../../src/core/bidi.js';
import { contrastRatio } from '../../src/core/colour.js';
import { renderTopicCardEmail, renderTopicCardEmailDocument } from '../../src/core/email.js';
import { renderTopicCardText } from '../../src/core/email-text.js';
import { emailProblems } from './email-html-validate.js';
import { readTranscript } from './helpers/files.js';
import { hrefs, visibleText } from './helpers/html.js';

const fixture = readTranscript('test/node/fixtures/email-transcript.json');
const HREF = 'https://example.org/night-shift.html';

/** The button cell's background and text colours. */
function buttonColours(html: string): { background: string; text: string } {
  const match = /<td bgcolor="(#[0-9a-f]{6})" style="background-color:\1;color:(#[0-9a-f]{6});[^"]*"><a /.exec(html);
  assert.ok(match, 'no button cell');
  return { background: match[1]!, text: match[2]! };
}

describe('renderTopicCardEmail: content', () => {
  const html = renderTopicCardEmail(fixture, 'engines', { href: HREF });
  const text = visibleText(html);

  it('shows the title, the summary, the key quote with its attribution and the speakers', () => {
    assert.match(text, /^Engines that compute Ada and Zoë discuss what computing engines change\. /);
    assert.ok(text.includes('“Engines that compute will change how we think”'));
    assert.ok(text.includes(`— Zoë "<b>bold</b>" O'Hara \u202Eevil\u202C (guest</td><script>alert(1)</script>), ${fixture.title}`));
    assert.ok(text.includes('With Ada Lovelace and Zoë "<b>bold</b>" O\'Hara \u202Eevil\u202C'));
  });

  it('links the button to the first segment of the topic on the href page', () => {
    assert.ok(text.endsWith('Read this part of the conversation'));
    assert.deepEqual(hrefs(html), [`${HREF}#verbatim-s001`]);
    assert.deepEqual(hrefs(renderTopicCardEmail(fixture, 'hostile', { href: 'http://example.org/t?a=1&b=2#old' })), ['http://example.org/t?a=1&b=2#verbatim-s003']);
  });

  it('has no button without href, and no quote block for a topic without quotes', () => {
    const plain = renderTopicCardEmail(fixture, 'engines');
    assert.deepEqual(hrefs(plain), []);
    assert.ok(!visibleText(plain).includes('Read this part'));
    const goodbye = visibleText(renderTopicCardEmail(fixture, 'goodbye', { href: HREF }));
    assert.equal(goodbye, 'Goodbye Ada thanks her guests. With Ada Lovelace Read this part of the conversation');
  });

  it('names the closest topic ids for an unknown one', () => {
    assert.throws(() => renderTopicCardEmail(fixture, 'engine'), { name: 'RangeError', message: /No topic "engine" in this transcript\. Closest: "engines"/ });
    const empty = { ...fixture, topics: [] };
    assert.throws(() => renderTopicCardEmail(empty, 'engines'), /this transcript has no topics/);
  });
});

describe('renderTopicCardEmail: hostile data', () => {
  const html = renderTopicCardEmail(fixture, 'hostile', { href: HREF });

  it('shows every data string verbatim, as text', () => {
    const text = visibleText(html);
    const topic = fixture.topics[1]!;
    for (const data of [topic.title, containBidi(topic.summary), fixture.quotes[1]!.text, fixture.title, 'Sam 🎤 سام']) {
      assert.ok(text.includes(data), `not shown verbatim: ${data}`);
    }
  });

  it('lets no markup, script URL or template syntax through', () => {
    assert.doesNotMatch(html, /<(?:script|img|b|i)\b/i);
    assert.doesNotMatch(html, /<[^>]*\sonerror=/i);
    assert.deepEqual(hrefs(html), [`${HREF}#verbatim-s003`]);
    for (const delimiter of ['{{', '{%', '*|', '%%']) assert.ok(!html.includes(delimiter), `template delimiter ${delimiter} left raw`);
  });

  it('is ASCII only, with non-ASCII text as character references', () => {
    assert.match(html, /^[\x20-\x7e\n]*$/);
    assert.ok(html.includes('Zo&#xEB;') && html.includes('&#x1F3A4;'));
  });

  it('closes a right-to-left override left open by the data', () => {
    assert.equal(containBidi('evil \u202Etxt.exe'), 'evil \u202Etxt.exe\u202C');
    assert.equal(containBidi('\u2067a\u202Bb'), '\u2067a\u202Bb\u202C\u2069');
    assert.equal(containBidi('\u2067a\u202Bb\u2069c'), '\u2067a\u202Bb\u2069c');
    assert.equal(containBidi('balanced \u202Ex\u202C and a stray \u202C\u2069'), 'balanced \u202Ex\u202C and a stray \u202C\u2069');
    assert.ok(html.includes('O&#39;Hara &#x202E;evil&#x202C; (guest'));
  });

  it('replaces control characters, which HTML forbids', () => {
    const withControls = { ...fixture, topics: [{ ...fixture.topics[2]!, title: 'Bell\u0007 and null\u0000' }] };
    const output = renderTopicCardEmail(withControls, 'goodbye');
    assert.ok(output.includes('Bell&#xFFFD; and null&#xFFFD;'));
    assert.deepEqual(emailProblems(output), []);
  });
});

describe('renderTopicCardEmail: options', () => {
  it('accepts only absolute http(s) links', () => {
    for (const href of ['transcript.html', '/talk#x', '//example.org/t', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'mailto:a@example.org', 'ftp://example.org/t', 'https://', '']) {
      assert.throws(() => renderTopicCardEmail(fixture, 'engines', { href }), { name: 'RangeError', message: /must be an absolute http:\/\/ or https:\/\/ URL/ }, href);
      assert.throws(() => renderTopicCardText(fixture, 'engines', { href }), RangeError, href);
    }
  });

  it('accepts a 3- or 6-digit hex accent only, for the button and the rules', () => {
    const html = renderTopicCardEmail(fixture, 'engines', { href: HREF, accent: '#C25' });
    assert.equal(buttonColours(html).background, '#cc2255');
    assert.ok(html.includes('border-top:4px solid #cc2255;'));
    for (const accent of ['red', '#12', '#1234', '#12345g', 'rgb(0, 0, 0)', '#b4235a" onclick="x', 'b4235a']) {
      assert.throws(() => renderTopicCardEmail(fixture, 'engines', { accent }), { name: 'RangeError', message: /must be a hex colour/ }, accent);
    }
  });

  it('computes contrast ratios as WCAG does', () => {
    assert.equal(contrastRatio('#ffffff', '#000000'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
    assert.equal(contrastRatio('#ffffff', '#777777').toFixed(2), '4.48');
  });

  it('writes the button label in white or near-black, at 4.5:1 at least', () => {
    assert.deepEqual(buttonColours(renderTopicCardEmail(fixture, 'engines', { href: HREF, accent: '#003366' })), { background: '#003366', text: '#ffffff' });
    assert.deepEqual(buttonColours(renderTopicCardEmail(fixture, 'engines', { href: HREF, accent: '#ffdd00' })), { background: '#ffdd00', text: '#1d1d1f' });
    const greys = Array.from({ length: 52 }, (_, step) => `#${(step * 5).toString(16).padStart(2, '0').repeat(3)}`);
    for (const accent of [...greys, '#ff0000', '#00ff00', '#0000ff', '#ff00ff', '#00ffff', '#767676', '#808080', '#b4235a', '#ffffff']) {
      const { background, text } = buttonColours(renderTopicCardEmail(fixture, 'engines', { href: HREF, accent }));
      assert.ok(contrastRatio(text, background) >= 4.5, `${text} on ${background}`);
    }
  });

  it('takes a width from 320 to 600 px, 600 by default', () => {
    assert.match(renderTopicCardEmail(fixture, 'engines'), /<table role="presentation" align="center" width="600"[^>]*max-width:600px;/);
    const narrow = renderTopicCardEmail(fixture, 'engines', { width: 320 });
    assert.match(narrow, /<table role="presentation" align="center" width="320"[^>]*max-width:320px;/);
    assert.deepEqual(emailProblems(narrow), []);
    for (const width of [319, 601, 450.5, Number.NaN, -1]) {
      assert.throws(() => renderTopicCardEmail(fixture, 'engines', { width }), { name: 'RangeError', message: /from 320 to 600/ }, String(width));
    }
  });
});

describe('renderTopicCardEmail: email checks on every topic of the fixture', () => {
  for (const topic of fixture.topics) {
    it(`${topic.id}: fragment and document pass`, () => {
      for (const options of [{}, { href: HREF }, { href: HREF, accent: '#ffdd00', width: 360 }]) {
        assert.deepEqual(emailProblems(renderTopicCardEmail(fixture, topic.id, options)), []);
        assert.deepEqual(emailProblems(renderTopicCardEmailDocument(fixture, topic.id, options)), []);
      }
    });
  }

  it('the document declares a light colour scheme, the language and the title', () => {
    const html = renderTopicCardEmailDocument(fixture, 'engines');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(html.includes('<meta name="color-scheme" content="light only">'));
    assert.ok(html.includes('<meta name="supported-color-schemes" content="light only">'));
    assert.ok(html.includes('<title>Engines that compute</title>'));
  });
});

describe('the email checks', () => {
  it('report each forbidden construct', () => {
    const bad = [
      '<div style="display:flex;color:red;position:absolute;width:700px;background:var(--x)">',
      '<my-card></my-card><template></template><svg></svg><style>p{}</style><img src="a.png">',
      '<table width="640"><tr><td>no colours</td></tr></table><script>1</script><!-- <x-y> -->',
      '</div>',
    ].join('');
    const problems = emailProblems(bad).join('\n');
    for (const expected of [/forbidden-css.*flex/, /forbidden-css.*position/, /forbidden-css.*CSS variables/, /hex-colours.*red/,
      /forbidden-elements.*<my-card>/, /no-unknown-elements.*my-card/, /forbidden-elements.*<template>/, /forbidden-elements.*<svg>/,
      /forbidden-elements.*<style>/, /forbidden-elements.*<script>/, /wcag\/h37/, /presentation-tables/, /width="640"/, /width: 700px/,
      /explicit background colour/, /explicit text colour/, /raw text: forbidden tag <x-y>/]) {
      assert.match(problems, expected);
    }
    assert.match(emailProblems(`<p>${'x'.repeat(31 * 1024)}</p>`).join('\n'), /size: \d+ bytes, over 30720/);
  });
});

describe('renderTopicCardText', () => {
  it('has the same content as plain text, data unescaped', () => {
    const text = renderTopicCardText(fixture, 'engines', { href: HREF });
    assert.equal(text, [
      'Engines that compute',
      '====================',
      '',
      'Ada and Zoë discuss what computing engines change.',
      '',
      '“Engines that compute will change how we think”',
      `— Zoë "<b>bold</b>" O'Hara \u202Eevil\u202C (guest</td><script>alert(1)</script>), ${fixture.title}`,
      '',
      'With Ada Lovelace and Zoë "<b>bold</b>" O\'Hara \u202Eevil\u202C',
      '',
      'Read this part of the conversation:',
      `${HREF}#verbatim-s001`,
      '',
    ].join('\n'));
  });

  it('has no link without href and names the closest ids for an unknown topic', () => {
    assert.equal(renderTopicCardText(fixture, 'goodbye'), 'Goodbye\n=======\n\nAda thanks her guests.\n\nWith Ada Lovelace\n');
    assert.throws(() => renderTopicCardText(fixture, 'goodbye-'), /Closest: "goodbye"/);
  });
});
