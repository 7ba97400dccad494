import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
const configs = (await import(process.cwd() + '/rollup.config.mjs')).default;
const config = configs[1];
const bundle = await rollup(config);
const { output } = await bundle.generate(config.output);
for (const chunk of output) if (chunk.type === 'chunk' && chunk.fileName.includes('index')) {
  console.log(chunk.fileName, chunk.code.length, gzipSync(chunk.code, { level: 9 }).length);
  const fs = await import('node:fs'); fs.writeFileSync(process.argv[2], chunk.code);
}
