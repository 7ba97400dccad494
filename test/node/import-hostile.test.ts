import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FeedError, readFeed } from '../../src/core/feed/feed.js';
import { startServer, verbatim } from './import-helpers.js';
import type { Route, TestServer } from './import-helpers.js';

const TRANSCRIPT = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Host>Hello.\n';

/** A feed of one item per transcript URL, named after its position. */
const feedOf = (...transcriptUrls: string[]): string => `<?xml version="1.0"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Hostile</title>
${transcriptUrls.map((url, index) => `<item><title>Item ${index + 1}</title><podcast:transcript url="${url}" type="text/vtt"/></item>`).join('\n')}
</channel></rss>`;

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;

const externalEntity = (target: string): string => `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY secret SYSTEM "${target}"> ]>
<rss version="2.0"><channel><title>&secret;</title></channel></rss>`;

const MB = 1024 * 1024;

/** Streams `megabytes` of VTT in 64 KB chunks, honouring backpressure, and counts what was sent. */
function hugeBody(megabytes: number, sent: { bytes: number; finished: boolean }): Route {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/vtt' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (sent.bytes < megabytes * MB) {
        sent.bytes += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      sent.finished = true;
      response.end();
    };
    response.on('close', () => response.removeAllListeners('drain'));
    pump();
  };
}

const redirect = (to: string): Route => (_request, response) => response.writeHead(302, { location: to }).end();

describe('verbatim import refuses hostile feeds', () => {
  let server: TestServer;
  let out: string;
  const huge = { bytes: 0, finished: false };
  const hugeFeed = { bytes: 0, finished: false };
  const routes: Record<string, Route> = {
    '/big.vtt': hugeBody(50, huge),
    '/big-feed.xml': hugeBody(50, hugeFeed),
    '/loop-a.vtt': redirect('/loop-b.vtt'),
    '/loop-b.vtt': redirect('/loop-a.vtt'),
    '/to-file.vtt': redirect('file:///etc/passwd'),
    '/hang.vtt': () => {},
    '/ok.vtt': (_request, response) => response.end(TRANSCRIPT),
  };
  for (let step = 0; step < 10; step++) routes[`/chain-${step}.vtt`] = redirect(`/chain-${step + 1}.vtt`);

  before(async () => {
    server = await startServer(routes);
    out = await mkdtemp(join(tmpdir(), 'verbatim-hostile-'));
  });
  after(async () => {
    await server.close();
    await rm(out, { recursive: true, force: true });
  });

  const serveFeed = (xml: string) => {
    routes['/feed.xml'] = (_request, response) => response.end(xml);
    return `${server.origin}/feed.xml`;
  };

  it('a billion-laughs feed is refused at once, nothing expanded', async () => {
    const started = Date.now();
    assert.throws(() => readFeed(BILLION_LAUGHS), (error: unknown) => error instanceof FeedError && /declares entities in its DOCTYPE; entities are not expanded/.test(error.message));
    assert.ok(Date.now() - started < 1000);
    const file = join(out, 'laughs.xml');
    await writeFile(file, BILLION_LAUGHS);
    const { status, stderr } = await verbatim(['import', file, '--out', join(out, 'laughs')]);
    assert.equal(status, 1);
    assert.match(stderr, /^verbatim import: cannot read the feed: .*laughs\.xml: line \d+: the document declares entities in its DOCTYPE/);
    await assert.rejects(readdir(join(out, 'laughs')), /ENOENT/, 'no output folder for an unreadable feed');
  });

  it('an external entity (XXE) is neither fetched nor read', async () => {
    const before = server.requests.length;
    const { status, stderr } = await verbatim(['import', serveFeed(externalEntity(`${server.origin}/secret.txt`)), '--out', out]);
    assert.equal(status, 1);
    assert.match(stderr, /declares entities in its DOCTYPE/);
    assert.deepEqual(server.requests.slice(before), ['/feed.xml'], 'the entity\'s URL was not requested');
    assert.throws(() => readFeed(externalEntity('file:///etc/passwd')), /entities are not expanded/);
  });

  it('an undefined entity (e.g. &nbsp; in a hand-written feed) is left as written', () => {
    const feed = readFeed('<rss><channel><title>Tea&nbsp;Time &amp; more</title></channel></rss>');
    assert.equal(feed.title, 'Tea&nbsp;Time & more');
  });

  it('file:, javascript: and data: transcript URLs are refused without being opened', async () => {
    const before = server.requests.length;
    const { status, stdout, stderr } = await verbatim(['import', serveFeed(feedOf('file:///etc/passwd', 'javascript:alert(1)', 'data:text/vtt,WEBVTT', '/ok.vtt')), '--out', out]);
    assert.equal(status, 1);
    assert.match(stderr, /failed {3}"Item 1": transcript file:\/\/\/etc\/passwd: refused "file:\/\/\/etc\/passwd": only http\(s\) URLs \(and, in a local feed, relative paths\) are fetched\./);
    assert.match(stderr, /failed {3}"Item 2": transcript javascript:alert\(1\): refused/);
    assert.match(stderr, /failed {3}"Item 3": transcript data:text\/vtt,WEBVTT: refused/);
    assert.doesNotMatch(stderr, /root:/, 'nothing of /etc/passwd');
    assert.match(stdout, /1 of 4 episodes imported .*; 0 without a transcript, 3 failed\./);
    assert.deepEqual(server.requests.slice(before).sort(), ['/feed.xml', '/ok.vtt']);
  });

  it('a local feed reads relative files beside it, but not outside its folder', async () => {
    const folder = join(out, 'local');
    await rm(folder, { recursive: true, force: true });
    await mkdir(join(folder, 'feed'), { recursive: true });
    await writeFile(join(folder, 'secret.vtt'), TRANSCRIPT);
    await writeFile(join(folder, 'feed', 'ok.vtt'), TRANSCRIPT);
    await writeFile(join(folder, 'feed', 'feed.xml'), feedOf('ok.vtt', '../secret.vtt', `file://${join(folder, 'secret.vtt')}`));
    const { status, stderr } = await verbatim(['import', join(folder, 'feed', 'feed.xml'), '--out', join(folder, 'out')]);
    assert.equal(status, 1);
    assert.deepEqual(await readdir(join(folder, 'out')), ['item-1.json']);
    assert.match(stderr, /"Item 2": transcript \.\.\/secret\.vtt: \.\.\/secret\.vtt is outside the feed's folder; not read\./);
    assert.match(stderr, /"Item 3": transcript file:\/\/.*secret\.vtt: refused/);
  });

  it('a 50 MB transcript is read only up to the size limit, then the connection is closed', async () => {
    const { status, stderr } = await verbatim(['import', serveFeed(feedOf('/big.vtt')), '--out', out]);
    assert.equal(status, 1);
    assert.match(stderr, /failed {3}"Item 1": transcript \/big\.vtt: http:\/\/127\.0\.0\.1:\d+\/big\.vtt is larger than 20 MB; stopped reading it\./);
    assert.equal(huge.finished, false, 'the server was not allowed to send it all');
    assert.ok(huge.bytes < 30 * MB, `sent ${huge.bytes} bytes`);
  });

  it('a 50 MB feed is refused at the size limit', async () => {
    const { status, stderr } = await verbatim(['import', `${server.origin}/big-feed.xml`, '--out', out]);
    assert.equal(status, 1);
    assert.match(stderr, /^verbatim import: cannot read the feed: http:\/\/127\.0\.0\.1:\d+\/big-feed\.xml is larger than 20 MB; stopped reading it\.\n$/);
    assert.equal(hugeFeed.finished, false);
  });

  it('a redirect loop, a chain of more than 5 redirects and a redirect to file: are each a clear error', async () => {
    const before = server.requests.length;
    const { status, stderr } = await verbatim(['import', serveFeed(feedOf('/loop-a.vtt', '/chain-0.vtt', '/to-file.vtt')), '--out', out]);
    assert.equal(status, 1);
    assert.match(stderr, /"Item 1": transcript \/loop-a\.vtt: redirect loop: http:\/\/127\.0\.0\.1:\d+\/loop-a\.vtt → http:\/\/127\.0\.0\.1:\d+\/loop-b\.vtt → http:\/\/127\.0\.0\.1:\d+\/loop-a\.vtt/);
    assert.match(stderr, /"Item 2": transcript \/chain-0\.vtt: more than 5 redirects from http:\/\/127\.0\.0\.1:\d+\/chain-0\.vtt/);
    assert.match(stderr, /"Item 3": transcript \/to-file\.vtt: http:\/\/127\.0\.0\.1:\d+\/to-file\.vtt redirects to a file: URL; only http\(s\) is followed\./);
    const chain = server.requests.slice(before).filter((path) => path.startsWith('/chain-'));
    assert.deepEqual(chain, ['/chain-0.vtt', '/chain-1.vtt', '/chain-2.vtt', '/chain-3.vtt', '/chain-4.vtt', '/chain-5.vtt']);
  });

  it('a server that never answers times out', async () => {
    const { status, stderr } = await verbatim(['import', serveFeed(feedOf('/hang.vtt')), '--out', out, '--timeout', '0.5']);
    assert.equal(status, 1);
    assert.match(stderr, /"Item 1": transcript \/hang\.vtt: no answer from 127\.0\.0\.1:\d+ within 0\.5 s/);
  });
});
