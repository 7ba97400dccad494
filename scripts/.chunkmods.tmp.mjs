import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
const configs = (await import(process.cwd() + '/rollup.config.mjs')).default;
const config = configs[Number(process.env.CONFIG ?? 2)];
const bundle = await rollup({ ...config, plugins: config.plugins.filter((p) => !['terser'].includes(p.name)) });
const { output } = await bundle.generate({ ...config.output, dir: 'dist/cdn' });
const want = process.argv[2] ?? 'base';
for (const chunk of output) {
  if (chunk.type !== 'chunk' || !chunk.fileName.includes(want)) continue;
  console.log(chunk.fileName);
  const rows = [];
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.code) continue;
    const min = await minify(m.code, { module: true, compress: false, mangle: false });
    rows.push([gzipSync(min.code ?? '', { level: 9 }).length, (min.code ?? '').length, id.replace(process.cwd(), '')]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const r of rows) console.log(String(r[0]).padStart(6), String(r[1]).padStart(7), r[2]);
}
