import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../src/components/shared/define.js';
import { TranscriptData } from '../../src/components/shared/transcript-data.js';
import type { Transcript } from '../../src/core/types.js';
import { expectAccessible } from './helpers/axe.js';

const sample: Transcript = {
  version: 1, id: 'sample', title: 'Sample talk', language: 'en',
  speakers: [{ id: 'ada', name: 'Ada' }],
  segments: [{ id: 'a1', speaker: 'ada', text: 'Hello there.' }],
  topics: [], quotes: [],
};

/** A minimal element on the shared data controller, standing in for the real ones. */
@defineElement('test-data-element')
class TestDataElement extends LitElement {
  @property({ attribute: false }) transcript?: Transcript;
  @property() src?: string;
  readonly data = new TranscriptData(this, async () => ({ ...sample, title: 'Bundled default' }));

  override render() {
    const { state } = this.data;
    if (state.status === 'error') return litHtml`<p part="error" role="alert">${state.message}</p>`;
    if (state.status === 'loading') return litHtml`<p part="base" aria-busy="true">Loading</p>`;
    return litHtml`<p part="base">${state.transcript.title}</p>`;
  }
}

const shown = (element: Element) => element.shadowRoot!.querySelector('p')!.textContent;

describe('shared transcript data', () => {
  it('uses the .transcript property first', async () => {
    const element = await fixture<TestDataElement>(html`<test-data-element .transcript=${sample}></test-data-element>`);
    expect(shown(element)).to.equal('Sample talk');
    await expectAccessible(element);
  });

  it('falls back to the bundled default', async () => {
    const element = await fixture<TestDataElement>(html`<test-data-element></test-data-element>`);
    await waitUntil(() => shown(element) === 'Bundled default');
  });

  it('shows invalid data in part error and fires verbatim-error', async () => {
    const element = document.createElement('test-data-element') as TestDataElement;
    element.transcript = { ...sample, segments: [{ id: 'a1', speaker: 'nobody', text: 'x' }] };
    const fired = oneEvent(element, 'verbatim-error');
    document.body.append(element);
    const event = await fired;
    expect(event.detail.message).to.contain('segments[0].speaker');
    await element.updateComplete;
    const error = element.shadowRoot!.querySelector('[part=error]')!;
    expect(error.textContent).to.contain('Speaker "nobody" does not exist');
    await expectAccessible(element);
    element.remove();
  });

  it('loads src and reports a missing file without throwing', async () => {
    const element = await fixture<TestDataElement>(html`<test-data-element src="/test/does-not-exist.json"></test-data-element>`);
    const event = await oneEvent(element, 'verbatim-error');
    expect(event.detail.message).to.match(/Could not load .*does-not-exist\.json: the server answered 404/);
    await element.updateComplete;
    expect(shown(element)).to.match(/404/);
  });

  it('defining an element twice only warns', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('test-data-element')(class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(customElements.get('test-data-element')).to.equal(TestDataElement);
    expect(String(warnings[0])).to.contain('already defined');
  });
});
