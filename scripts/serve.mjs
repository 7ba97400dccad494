// Serves the demo site (demo/) and the built package (dist/) on one origin.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', appIndex: undefined, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.config;
console.log(`Verbatim demo: http://localhost:${actual}/demo/  (Ctrl+C stops it)`);
