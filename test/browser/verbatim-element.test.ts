import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { loadBundledQuote } from '../../src/components/common/bundled-quote.js';
import { defineElement } from '../../src/components/common/define.js';
import { VerbatimElement } from '../../src/components/common/verbatim-element.js';
import type { Transcript } from '../../src/core/types.js';
import { interview } from '../../src/data/interview.js';
import { expectAccessible } from './helpers/axe.js';
import { recordErrors } from './helpers/elements.js';

const sample: Transcript = {
  version: 1, id: 'sample', title: 'Sample talk', language: 'en',
  speakers: [{ id: 'ada', name: 'Ada' }],
  segments: [{ id: 'a1', speaker: 'ada', text: 'Hello there.' }],
  topics: [], quotes: [],
};

/** A minimal element on the shared base element, standing in for the real ones. */
class TestDataElement extends VerbatimElement {
  protected override loadDefault(): Promise<Transcript> {
    return Promise.resolve({ ...sample, title: 'Bundled default' });
  }

  protected override renderView(transcript: Transcript) {
    return litHtml`<p part="base">${transcript.title}</p>`;
  }
}
defineElement('test-data-element', TestDataElement);

/** A default that depends on an attribute, like <verbatim-quote>'s one-quote files. */
class TestKeyedDataElement extends VerbatimElement {
  @property() pick?: string;
  loads = 0;

  protected override loadDefault(): Promise<Transcript> {
    this.loads++;
    return Promise.resolve({ ...sample, title: `Default for ${this.pick}` });
  }

  protected override defaultKey(): unknown {
    return this.pick;
  }

  protected override renderView(transcript: Transcript) {
    return litHtml`<p part="base">${transcript.title}</p>`;
  }
}
defineElement('test-keyed-data-element', TestKeyedDataElement);

const shown = (element: Element) => element.shadowRoot!.querySelector('p')?.textContent;

describe('VerbatimElement: one data path', () => {
  // First in this file: the validator is fetched then, and updateComplete waits for it.
  it('uses the .transcript property first', async () => {
    const element = await fixture<TestDataElement>(html`<test-data-element .transcript=${sample}></test-data-element>`);
    expect(shown(element)).to.equal('Sample talk');
    await expectAccessible(element);
  });

  it('falls back to the bundled default', async () => {
    const element = await fixture<TestDataElement>(html`<test-data-element></test-data-element>`);
    expect(shown(element)).to.equal('Bundled default');
  });

  it('loads the default again when what it depends on changes, and only then', async () => {
    const element = await fixture<TestKeyedDataElement>(html`<test-keyed-data-element pick="a"></test-keyed-data-element>`);
    expect(shown(element)).to.equal('Default for a');
    element.pick = 'b';
    await element.updateComplete;
    expect(shown(element)).to.equal('Default for b');
    element.requestUpdate();
    await element.updateComplete;
    expect(element.loads).to.equal(2);
    element.transcript = sample;
    await element.updateComplete;
    element.pick = 'c';
    await element.updateComplete;
    expect(shown(element)).to.equal('Sample talk');
    expect(element.loads).to.equal(2);
  });

  it('loads one bundled quote by id, and every quote for an unknown or missing id', async () => {
    const [first, second] = interview.quotes;
    const one = await loadBundledQuote(second!.id);
    expect(one.quotes).to.deep.equal([{ id: second!.id, segment: second!.segment, text: second!.text }]);
    expect(one.segments.map((segment) => segment.id)).to.deep.equal([second!.segment]);
    for (const id of ['no-such-quote', undefined, 'toString']) {
      const all = await loadBundledQuote(id);
      expect(all.quotes.map((quote) => quote.id), String(id)).to.deep.equal(interview.quotes.map((quote) => quote.id));
    }
    expect((await loadBundledQuote(first!.id)).quotes[0]!.text).to.equal(first!.text);
  });

  it('shows the reader a short sentence in part error; the developer gets the reason in verbatim-error and once on the console', async () => {
    const console = recordErrors();
    const element = document.createElement('test-data-element') as TestDataElement;
    try {
      element.transcript = { ...sample, segments: [{ id: 'a1', speaker: 'nobody', text: 'x' }] };
      const fired = oneEvent(element, 'verbatim-error');
      document.body.append(element);
      const event = await fired;
      expect(event.detail.message).to.contain('segments[0].speaker').and.contain('Speaker "nobody" does not exist');
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      const error = element.shadowRoot!.querySelector('[part=error]')!;
      expect(error.textContent).to.equal('This could not be loaded.');
      expect(console.errors).to.deep.equal([`<test-data-element>: ${event.detail.message}`]);
      await expectAccessible(element);
    } finally {
      console.restore();
      element.remove();
    }
  });

  it('loads src and reports a missing file without throwing', async () => {
    const element = document.createElement('test-data-element') as TestDataElement;
    element.src = '/test/does-not-exist.json';
    const fired = oneEvent(element, 'verbatim-error');
    document.body.append(element);
    const event = await fired;
    expect(event.detail.message).to.match(/Could not load .*does-not-exist\.json: the server answered 404/);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part=error]')?.textContent).to.equal('This could not be loaded.');
    element.remove();
  });

  it('resolves updateComplete once what it shows is final, on every path', async () => {
    const element = document.createElement('test-data-element') as TestDataElement;
    document.body.append(element);
    try {
      await element.updateComplete;
      expect(shown(element), 'bundled').to.equal('Bundled default');
      element.transcript = { ...sample, title: 'Given' };
      await element.updateComplete;
      expect(shown(element), '.transcript').to.equal('Given');
      element.transcript = undefined;
      element.src = '/test/browser/fixtures/formats/talk.vtt';
      await element.updateComplete;
      expect(shown(element), 'src (a WebVTT file names no title)').to.equal('Transcript');
      element.src = '/test/does-not-exist.vtt';
      const fired = oneEvent(element, 'verbatim-error');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part=error]')?.textContent, 'error').to.equal('This could not be loaded.');
      expect((await fired).detail.message, 'the reason').to.match(/404/);
    } finally {
      element.remove();
    }
  });

  it('takes the last of quickly changed sources, and fires no error for the abandoned ones', async () => {
    const element = document.createElement('test-data-element') as TestDataElement;
    const errors: string[] = [];
    element.addEventListener('verbatim-error', (event) => errors.push(event.detail.message));
    element.src = '/test/does-not-exist.vtt';
    document.body.append(element);
    try {
      await Promise.resolve();
      element.src = undefined;
      element.transcript = { ...sample, title: 'Last' };
      await element.updateComplete;
      expect(shown(element)).to.equal('Last');
      expect(errors).to.deep.equal([]);
    } finally {
      element.remove();
    }
  });

  it('defining an element twice only warns', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('test-data-element', class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(customElements.get('test-data-element')).to.equal(TestDataElement);
    expect(String(warnings[0])).to.contain('already defined');
  });
});
