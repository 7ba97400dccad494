import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT, readRepoFile } from './helpers/files.js';

const pkg = JSON.parse(readRepoFile('package.json'));
const ELEMENT_ENTRIES = ['quote', 'topic-card', 'quote-carousel', 'transcript', 'archive-search'];

/** The parts each element promises to pages that style it. */
const PUBLIC_PARTS: Record<string, string[]> = {
  'verbatim-quote': ['base', 'text', 'cite', 'context-link', 'error'],
  'verbatim-topic-card': ['base', 'title', 'summary', 'quote', 'context-link', 'error'],
  'verbatim-quote-carousel': ['base', 'slide', 'previous', 'next', 'rotation', 'error'],
  'verbatim-transcript': ['base', 'search', 'match-count', 'previous-match', 'next-match', 'segment', 'speaker', 'match', 'current-match', 'error'],
  'verbatim-archive-search': ['base', 'search', 'result', 'error'],
};

describe('package surface', () => {
  it('exports exactly the public entry points, each with types', () => {
    const entries = ['.', ...ELEMENT_ENTRIES.map((name) => `./${name}.js`), './core.js'];
    assert.deepEqual(Object.keys(pkg.exports).filter((key) => key !== './package.json').sort(), entries.sort());
    for (const entry of entries) {
      const name = entry === '.' ? 'index' : entry.slice(2, -3);
      assert.deepEqual(pkg.exports[entry], { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }, entry);
    }
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.equal(pkg.bin.verbatim, './dist/cli.js');
  });

  it('marks the modules that define elements as side effects', () => {
    for (const name of ['index', ...ELEMENT_ENTRIES]) assert.ok(pkg.sideEffects.includes(`./dist/${name}.js`), name);
    assert.ok(!pkg.sideEffects.includes('./dist/core.js'), 'core has no side effects');
  });

  it('packs the build and nothing else (after npm run build)', () => {
    assert.ok(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run npm run build first');
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
    const files: string[] = report.files.map((file: { path: string }) => file.path);
    for (const name of ['index', 'core', 'cli', ...ELEMENT_ENTRIES]) {
      assert.ok(files.includes(`dist/${name}.js`), `dist/${name}.js`);
      if (name !== 'cli') assert.ok(files.includes(`dist/${name}.d.ts`), `dist/${name}.d.ts`);
    }
    for (const name of ['verbatim', ...ELEMENT_ENTRIES]) assert.ok(files.includes(`dist/cdn/${name}.js`), `dist/cdn/${name}.js`);
    // The bundled interview's sources of record: its raw captions and its list of corrections.
    for (const name of ['raw', 'corrections']) assert.ok(files.includes(`dist/data/huge-conversations-zuckerberg.${name}.txt`), name);
    // The CDN build's third-party notices (Lit, Fuse.js), named by each entry's banner.
    assert.ok(files.includes('dist/cdn/THIRD-PARTY-NOTICES.txt'), 'dist/cdn/THIRD-PARTY-NOTICES.txt');
    for (const name of ['verbatim', ...ELEMENT_ENTRIES]) {
      assert.match(readFileSync(join(ROOT, `dist/cdn/${name}.js`), 'utf8'), /^\/\*! .*THIRD-PARTY-NOTICES\.txt \*\//, `dist/cdn/${name}.js names the notices`);
    }
    const notices = readFileSync(join(ROOT, 'dist/cdn/THIRD-PARTY-NOTICES.txt'), 'utf8');
    assert.match(notices, /BSD 3-Clause License/);
    assert.match(notices, /Apache License/);
    const allowed = /^(dist\/.+\.(js|d\.ts)|dist\/cdn\/THIRD-PARTY-NOTICES\.txt|dist\/data\/[a-z-]+\.(raw|corrections)\.txt|custom-elements\.json|package\.json|README\.md|LICENSE)$/;
    assert.deepEqual(files.filter((file) => !allowed.test(file)), []);
  });
});

describe('custom elements manifest', () => {
  let elements: any[] = [];

  before(() => {
    // The analyzer takes --outdir relative to the project; .tmp/ is git-ignored.
    const outdir = `.tmp/cem-test-${process.pid}`;
    execFileSync('npx', ['custom-elements-manifest', 'analyze', '--quiet', '--outdir', outdir], { cwd: ROOT });
    const manifest = JSON.parse(readFileSync(join(ROOT, outdir, 'custom-elements.json'), 'utf8'));
    rmSync(join(ROOT, outdir), { recursive: true });
    elements = manifest.modules.flatMap((module: any) => module.declarations ?? []).filter((declaration: any) => declaration.tagName);
  });

  it('lists every element with its tag name', () => {
    assert.deepEqual(elements.map((element: any) => element.tagName).sort(), Object.keys(PUBLIC_PARTS).sort());
  });

  for (const tagName of Object.keys(PUBLIC_PARTS)) {
    it(`documents every attribute, event, part, slot and custom property of <${tagName}>`, () => {
      const element = elements.find((candidate: any) => candidate.tagName === tagName);
      assert.ok(element.summary && element.description, 'summary and description');
      const undocumented = ['attributes', 'events', 'cssParts', 'slots', 'cssProperties'].flatMap((kind) =>
        (element[kind] ?? []).filter((item: any) => !item.description?.trim()).map((item: any) => `${kind}: ${item.name || '(default)'}`));
      assert.deepEqual(undocumented, []);
      const parts = (element.cssParts ?? []).map((part: any) => part.name);
      for (const part of PUBLIC_PARTS[tagName]!) assert.ok(parts.includes(part), `part ${part}`);
      const attributes = (element.attributes ?? []).map((attribute: any) => attribute.name);
      assert.ok(attributes.includes('src'), 'src attribute');
      assert.ok((element.events ?? []).some((event: any) => event.name === 'verbatim-error'), 'verbatim-error event');
      assert.ok((element.slots ?? []).length > 0, 'a fallback slot');
    });
  }
});
