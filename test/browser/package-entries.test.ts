import { expect } from '@open-wc/testing';

// Imports every documented entry point from the built package (npm test builds first).
// The URLs are computed so that neither TypeScript nor the dev server resolves them early.
const load = (path: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ new URL(path, location.origin).href);

const ELEMENTS: Record<string, string> = {
  quote: 'VerbatimQuote',
  'topic-card': 'VerbatimTopicCard',
  'quote-carousel': 'VerbatimQuoteCarousel',
  transcript: 'VerbatimTranscript',
  'archive-search': 'VerbatimArchiveSearch',
};
const CORE = ['validateTranscript', 'parseTranscript', 'createSearch', 'renderTopicCardEmail', 'TranscriptError', 'createArchiveSearch', 'buildArchive'];

describe('built entry points', () => {
  it('./core.js has the core API and no element', async () => {
    const core = await load('/dist/core.js');
    for (const name of CORE) expect(core[name], name).to.be.a('function');
    for (const name of Object.values(ELEMENTS)) expect(core).not.to.have.property(name);
    expect(new (core.TranscriptError as ErrorConstructor)('x').name).to.equal('TranscriptError');
  });

  for (const [entry, className] of Object.entries(ELEMENTS)) {
    it(`./${entry}.js defines <verbatim-${entry}> and exports ${className}`, async () => {
      const module = await load(`/dist/${entry}.js`);
      expect(customElements.get(`verbatim-${entry}`)).to.equal(module[className]);
    });
  }

  it('. and dist/cdn/verbatim.js export the same names: elements, core and the interview', async () => {
    const index = await load('/dist/index.js');
    const warn = console.warn;
    console.warn = () => {}; // the CDN copy finds the elements defined already, and says so
    let cdn: Record<string, unknown>;
    try {
      cdn = await load('/dist/cdn/verbatim.js');
    } finally {
      console.warn = warn;
    }
    expect(Object.keys(cdn).sort()).to.deep.equal(Object.keys(index).sort());
    for (const name of [...CORE, ...Object.values(ELEMENTS), 'interview']) expect(index, name).to.have.property(name);
    const interview = index.interview as { version: number; segments: unknown[] };
    expect(interview.version).to.equal(1);
    expect(interview.segments.length).to.be.greaterThan(100);
  });

  for (const entry of Object.keys(ELEMENTS)) {
    it(`dist/cdn/${entry}.js loads on its own`, async () => {
      const module = await load(`/dist/cdn/${entry}.js`);
      expect(module[ELEMENTS[entry]!]).to.be.a('function');
    });
  }
});
