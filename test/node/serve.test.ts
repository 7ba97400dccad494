import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
// @ts-expect-error: a plain JavaScript script without declarations.
import { byteRange, startDemoServer } from '../../scripts/serve.mjs';

const SAMPLE = 'demo/media/sample.ogg';
const bytes = readFileSync(SAMPLE);

describe('demo server: byte ranges, so that audio seeks', () => {
  let stop: () => Promise<void>;
  let origin: string;

  before(async () => {
    const { server, port } = await startDemoServer({ port: 0 });
    stop = () => server.stop();
    origin = `http://127.0.0.1:${port}`;
  });

  after(async () => stop());

  const get = (range?: string) => fetch(`${origin}/${SAMPLE}`, { headers: range ? { range } : {} });

  it('serves the whole file, saying that it takes ranges', async () => {
    const response = await get();
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('accept-ranges'), 'bytes');
    assert.equal(response.headers.get('content-type'), 'audio/ogg');
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
  });

  it('answers a range with 206 and Content-Range', async () => {
    const response = await get('bytes=100-199');
    assert.equal(response.status, 206);
    assert.equal(response.headers.get('content-range'), `bytes 100-199/${bytes.length}`);
    assert.equal(response.headers.get('content-length'), '100');
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes.subarray(100, 200));
  });

  it('answers an open range and a suffix', async () => {
    const open = await get(`bytes=${bytes.length - 5}-`);
    assert.equal(open.status, 206);
    assert.deepEqual(Buffer.from(await open.arrayBuffer()), bytes.subarray(bytes.length - 5));
    const suffix = await get('bytes=-7');
    assert.equal(suffix.headers.get('content-range'), `bytes ${bytes.length - 7}-${bytes.length - 1}/${bytes.length}`);
    assert.deepEqual(Buffer.from(await suffix.arrayBuffer()), bytes.subarray(bytes.length - 7));
  });

  it('answers a range past the end with 416', async () => {
    const response = await get(`bytes=${bytes.length}-`);
    assert.equal(response.status, 416);
    assert.equal(response.headers.get('content-range'), `bytes */${bytes.length}`);
  });

  it('reads Range headers as the HTTP rules say', () => {
    assert.deepEqual(byteRange('bytes=0-0', 10), { start: 0, end: 0 });
    assert.deepEqual(byteRange('bytes=5-100', 10), { start: 5, end: 9 });
    assert.deepEqual(byteRange('bytes=-20', 10), { start: 0, end: 9 });
    assert.equal(byteRange('bytes=7-3', 10), 'unsatisfiable');
    assert.equal(byteRange('bytes=0-1,4-5', 10), undefined);
    assert.equal(byteRange('items=0-1', 10), undefined);
    assert.equal(byteRange(undefined, 10), undefined);
  });
});
