import { expect } from '@open-wc/testing';
import '../../src/components/transcript/transcript.js';
import type { VerbatimTranscript } from '../../src/components/transcript/transcript.js';
import { waitUntil } from './helpers/wait.js';

/*
 * Its own file, so that the page has not loaded the search code yet: a link to a search opens a
 * transcript whose first results wait for that code, as on a reader's first visit.
 */
describe('<verbatim-transcript> opened from a link to a search', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('scrolls to the first match once the search code has loaded and found it', async () => {
    history.replaceState(null, '', '#verbatim-search=open%20source');
    const spacer = document.createElement('div');
    spacer.style.blockSize = '150vh';
    const element = document.createElement('verbatim-transcript') as VerbatimTranscript;
    document.body.append(spacer, element);
    try {
      await element.updateComplete;
      const count = () => element.shadowRoot!.querySelector('[part~=match-count]')?.textContent?.trim() ?? '';
      await waitUntil(() => /^1 of \d+/.test(count()), 'the count of the first match');
      const current = () => element.shadowRoot!.querySelector('[part~=current-match]');
      await waitUntil(() => {
        const box = current()?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
      }, 'the first match in view');
      expect(current()!.textContent!.toLowerCase()).to.equal('open source');
    } finally {
      spacer.remove();
      element.remove();
    }
  });
});
