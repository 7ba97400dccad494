// dist/      ES2021 modules for bundlers: one file per entry, lit and fuse.js (and every
//            other dependency) external, with .d.ts files.
// dist/cdn/  the same entries bundled and minified for a <script type="module"> tag, in two
//            builds: verbatim.js (everything, with the whole interview, chunks in chunks-all/)
//            and the one-element entries (each loading only the data digest it needs, sharing
//            chunks/), so that neither pays for the other's data.
// dist/cli.js the `verbatim` command for Node.
// dist/data/  the bundled interview's sources of record: the raw captions and the corrections.
import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

const ELEMENTS = ['quote', 'topic-card', 'quote-carousel', 'transcript', 'archive-search'];
const elementInputs = Object.fromEntries(ELEMENTS.map((name) => [name, `src/${name}.ts`]));

const typescriptFor = (outDir, declarations = false) => typescript({
  tsconfig: 'tsconfig.build.json',
  outDir,
  declaration: declarations,
  declarationMap: false,
  sourceMap: false,
  ...(declarations ? { declarationDir: outDir } : { declarationDir: undefined }),
});

/** Resolves common/bundled(-quote|-topic).ts to common/bundled-whole.ts: every default is the whole interview. */
const bundledWhole = () => ({
  name: 'verbatim-bundled-whole',
  resolveId(source, importer, options) {
    if (!/\/common\/bundled(-quote|-topic)?\.js$/.test(source)) return null;
    return this.resolve(source.replace(/bundled(-quote|-topic)?\.js$/, 'bundled-whole.js'), importer, { ...options, skipSelf: true });
  },
});

const minifyCss = (text) => text
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}')
  .trim();

/**
 * Minifies the CSS of the elements' styles modules (terser leaves template literals alone),
 * after TypeScript (which reads its sources from disk):
 * drops comments and the whitespace that CSS does not need. Their strings (font names) hold
 * nothing it would touch; an interpolation stops the build.
 */
const minifyStyles = () => ({
  name: 'verbatim-minify-styles',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    return code.replace(/\bcss\s*`([^`]*)`/g, (_, text) => {
      if (text.includes('${')) this.error(`${id}: an interpolation in css\`\`, which the styles minifier would alter`);
      return `css\`${minifyCss(text)}\``;
    });
  },
});

/** Ships the interview's raw captions and its list of corrections, beside the build. */
const interviewSources = () => ({
  name: 'verbatim-interview-sources',
  generateBundle() {
    for (const name of ['huge-conversations-zuckerberg.raw.txt', 'huge-conversations-zuckerberg.corrections.txt']) {
      this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(new URL(`./src/data/${name}`, import.meta.url)) });
    }
  },
});

/*
 * The CDN build includes Lit (BSD-3-Clause) and Fuse.js (Apache-2.0). Their notices ship once, in
 * dist/cdn/THIRD-PARTY-NOTICES.txt, named by a one-line banner on each entry, instead of a
 * banner per bundled module (a dozen in verbatim.js).
 */
const THIRD_PARTY = [
  { name: 'Lit (lit, lit-html, lit-element, @lit/reactive-element)', license: 'node_modules/lit/LICENSE' },
  { name: 'Fuse.js', license: 'node_modules/fuse.js/LICENSE' },
];
const noticesBanner = (chunk) => (chunk.isEntry
  ? '/*! Verbatim (MIT); includes Lit (BSD-3-Clause) and Fuse.js (Apache-2.0): see THIRD-PARTY-NOTICES.txt */'
  : '');
const thirdPartyNotices = () => ({
  name: 'verbatim-third-party-notices',
  generateBundle() {
    const notices = THIRD_PARTY.map(({ name, license }) => `${name}\n\n${readFileSync(new URL(`./${license}`, import.meta.url), 'utf8').trim()}\n`);
    this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: `Third-party code in this build\n\n${notices.join('\n---\n\n')}` });
  },
});

// Keeps only /*! comments: the banner above (the modules' own license banners are in the notices file).
const minify = () => terser({ ecma: 2021, module: true, toplevel: true, compress: { passes: 2 }, format: { comments: /^!/ } });

export default [
  {
    input: { index: 'src/index.ts', core: 'src/core.ts', ...elementInputs },
    external: isExternal,
    plugins: [json({ preferConst: true }), typescriptFor('dist', true), interviewSources()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  {
    input: { verbatim: 'src/index.ts' },
    plugins: [bundledWhole(), json({ preferConst: true }), nodeResolve(), typescriptFor('dist/cdn'), minifyStyles(), minify(), thirdPartyNotices()],
    output: {
      dir: 'dist/cdn',
      banner: noticesBanner,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks-all/[name]-[hash].js',
    },
  },
  {
    input: elementInputs,
    plugins: [json({ preferConst: true }), nodeResolve(), typescriptFor('dist/cdn'), minifyStyles(), minify(), thirdPartyNotices()],
    output: {
      dir: 'dist/cdn',
      banner: noticesBanner,
      format: 'es',
      entryFileNames: '[name].js',
      // What every element loads (Lit, the base element, its data task and the shared lookups) in
      // one chunk: one download and one gzip stream instead of seven small ones.
      manualChunks: (id) => (/[\\/]src[\\/]components[\\/]common[\\/](verbatim-element|task|define|events|theme\.styles|strings|transcript-source|bundled|clipboard)\.ts|[\\/]src[\\/]core[\\/](lookup|attribution|time|url|suggest|links|types)\.ts/.test(id)
        || (/node_modules[\\/](lit|lit-html|lit-element|@lit|tslib)[\\/]/.test(id) && !/directive/.test(id)) ? 'base' : undefined),
      // The one-quote and one-topic files go by their id alone: the loaders that name them all
      // are loaded by every element, and hashes (random to gzip) would add half a kilobyte there.
      chunkFileNames: ({ facadeModuleId }) => {
        const folder = /[\\/]src[\\/]data[\\/](quotes|topics)[\\/]/.exec(facadeModuleId ?? '')?.[1];
        return folder ? `chunks/${folder}/[name].js` : 'chunks/[name]-[hash].js';
      },
    },
  },
  {
    input: 'src/cli.ts',
    external: isExternal,
    plugins: [json({ preferConst: true }), typescriptFor('dist')],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
  },
];
