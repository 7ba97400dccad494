/** Two copies of the package on one page: no exception, the first definition wins, a warning says so. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { VerbatimQuote, VerbatimQuoteCarousel, VerbatimTopicCard, VerbatimTranscript } from '../../src/index.js';
import { hostileTranscript } from './fixtures/hardening/corpus.js';

// Computed URLs, so that neither TypeScript nor the dev server resolves them early. A query
// string makes the browser evaluate a module a second time: a second copy of its class.
const load = (path: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ new URL(path, import.meta.url).href);

const FIRST: Record<string, CustomElementConstructor> = {
  'verbatim-quote': VerbatimQuote,
  'verbatim-topic-card': VerbatimTopicCard,
  'verbatim-quote-carousel': VerbatimQuoteCarousel,
  'verbatim-transcript': VerbatimTranscript,
};
const SOURCE: Record<string, [string, string]> = {
  'verbatim-quote': ['../../src/components/quote/quote.ts', 'VerbatimQuote'],
  'verbatim-topic-card': ['../../src/components/topic-card/topic-card.ts', 'VerbatimTopicCard'],
  'verbatim-quote-carousel': ['../../src/components/quote-carousel/quote-carousel.ts', 'VerbatimQuoteCarousel'],
  'verbatim-transcript': ['../../src/components/transcript/transcript.ts', 'VerbatimTranscript'],
};

/** Loads `path` while recording console warnings and page errors. */
async function loadSecondCopy(path: string): Promise<{ module: Record<string, unknown>; warnings: string[]; errors: string[] }> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = console.warn;
  const onError = (event: ErrorEvent) => errors.push(event.message);
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  try {
    return { module: await load(path), warnings, errors };
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
  }
}

/** An element made after both copies loaded works: it renders the quote it is given. */
async function works(tag: string): Promise<void> {
  const element = document.createElement(tag) as HTMLElement & { transcript?: unknown };
  if (tag === 'verbatim-quote') element.setAttribute('quote', 'constructor');
  if (tag === 'verbatim-topic-card') element.setAttribute('topic', 'constructor');
  element.transcript = hostileTranscript();
  document.body.append(element);
  try {
    expect(element).to.be.instanceOf(FIRST[tag]!);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~=base]')?.textContent?.includes('First segment'), `${tag} renders`, { timeout: 8000 });
  } finally {
    element.remove();
  }
}

describe('hardening: two copies of the package on one page', () => {
  for (const [tag, [path, className]] of Object.entries(SOURCE)) {
    it(`a second copy of <${tag}> keeps the first definition and warns once`, async () => {
      const { module, warnings, errors } = await loadSecondCopy(`${path}?copy=2`);
      expect(errors).to.deep.equal([]);
      expect(module[className]).to.be.a('function').and.not.equal(FIRST[tag]);
      expect(customElements.get(tag)).to.equal(FIRST[tag]);
      expect(warnings).to.deep.equal([`<${tag}> is already defined by another copy of Verbatim; the first definition is used.`]);
      await works(tag);
    });
  }

  it('the CDN build loaded after the npm build defines nothing new and says so for each element', async () => {
    const { module, warnings, errors } = await loadSecondCopy('/dist/cdn/verbatim.js');
    expect(errors).to.deep.equal([]);
    for (const [tag, first] of Object.entries(FIRST)) {
      expect(customElements.get(tag), tag).to.equal(first);
      expect(warnings.filter((warning) => warning.startsWith(`<${tag}> is already defined`)), tag).to.have.length(1);
      expect(module[first.name], tag).to.be.a('function').and.not.equal(first);
    }
    for (const tag of Object.keys(FIRST)) await works(tag);
  });
});
