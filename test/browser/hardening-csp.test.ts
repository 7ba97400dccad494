/** Every element works on a page with a strict CSP and Trusted Types, with no violation. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';

const PAGE = new URL('./fixtures/hardening/csp.html', import.meta.url).href;

type CspWindow = Window & { verbatimViolations?: string[]; verbatimPwned?: unknown };

/** Loads the CSP page in an iframe and waits until its script has run. */
async function loadPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  await waitUntil(() => (frame.contentWindow as CspWindow).verbatimViolations !== undefined, 'the page script runs', { timeout: 8000 });
  return frame;
}

const shadow = (frame: HTMLIFrameElement, selector: string): ShadowRoot => frame.contentDocument!.querySelector(selector)!.shadowRoot!;
const text = (root: ShadowRoot, part: string): string => root.querySelector(`[part~=${part}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('hardening: strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('is served with the policy and nothing inline is injected into the page', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const source = await response.text();
    expect(source).not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(source).not.to.match(/<style|\sstyle=|\son[a-z]+=/i);
    frame = await loadPage();
    expect(frame.contentDocument!.querySelectorAll('script:not([src]), style, [style]')).to.have.length(0);
  });

  it('renders all four elements, searches, and raises no securitypolicyviolation', async () => {
    frame = await loadPage();
    const win = frame.contentWindow as CspWindow;
    const quote = shadow(frame, 'verbatim-quote');
    const card = shadow(frame, 'verbatim-topic-card');
    const carousel = shadow(frame, 'verbatim-quote-carousel');
    const hostile = shadow(frame, '#hostile');
    const fetched = shadow(frame, '#fetched');
    await waitUntil(() => text(quote, 'text') !== '' && text(card, 'title') !== '' && carousel.querySelector('[part~=slide]')
      && hostile.querySelectorAll('[part~=segment]').length === 3 && fetched.querySelectorAll('[part~=segment]').length === 2,
    'every element renders', { timeout: 8000 }).catch((error: Error) => {
      // Say what did show: under a CSP, a blocked script or style leaves an element empty.
      const errors = [quote, card, carousel, hostile, fetched].map((root) => text(root, 'error'));
      throw new Error(`${error.message}: ${JSON.stringify({ violations: win.verbatimViolations, errors })}`);
    });
    expect(text(quote, 'text')).to.contain('<script>globalThis.verbatimPwned');
    expect(text(card, 'title')).to.contain('Topic <script>globalThis.verbatimPwned');
    expect(quote.querySelector<HTMLAnchorElement>('[part~=context-link]')!.href).to.match(/^https:\/\/example\.com\/talk/);

    // Search as a reader does, in both transcripts.
    for (const [root, query] of [[hostile, 'hologram'], [fetched, 'hello']] as const) {
      const input = root.querySelector<HTMLInputElement>('[part~=search]')!;
      input.focus();
      input.value = query;
      input.dispatchEvent(new (win as typeof window).InputEvent('input', { bubbles: true, composed: true }));
    }
    await waitUntil(() => hostile.querySelector('mark[part~=match]') && fetched.querySelector('mark[part~=match]'), 'search highlights matches', { timeout: 8000 });
    expect(fetched.querySelector('mark[part~=match]')!.textContent).to.equal('hello');
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(win.verbatimViolations).to.deep.equal([]);
    expect(win.verbatimPwned).to.equal(undefined);
  });
});
