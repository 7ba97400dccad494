import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendMouse } from '@web/test-runner-commands';
import { handDriven } from './helpers/media-clock.js';
import type { MediaClock } from './helpers/media-clock.js';
import { LitElement, css, html as litHtml } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { MediaSync } from '../../src/components/transcript/media-sync.js';
import { defineElement } from '../../src/components/common/define.js';
import { parseTranscript } from '../../src/core/parse.js';
import { formatTime } from '../../src/core/time.js';
import type { Segment } from '../../src/core/types.js';

/** A host standing in for <verbatim-transcript>: segments with timestamps, in a scrolling box. */
class TestMediaSync extends LitElement {
  // Whole-pixel metrics: WebKit snaps a fractional scroll offset to the pixel at a later layout,
  // which would read as a 1 px scroll that nobody made.
  static override styles = css`
    :host { display: block; height: 64px; overflow: auto; font: 16px/20px sans-serif; }
    p { margin: 0 0 48px; }
    button { font: inherit; line-height: 20px; height: 20px; padding: 0 4px; border: 1px solid; box-sizing: border-box; }
  `;

  @property({ attribute: false }) segments: Segment[] = [];
  @property() for?: string;
  readonly sync = new MediaSync(this, { segments: () => this.segments });

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('for')) this.sync.mediaId = this.for;
  }

  override render() {
    const current = this.sync.currentSegmentId;
    return this.segments.map((segment) => litHtml`
      <p data-segment-id=${segment.id} aria-current=${current === segment.id ? 'true' : 'false'}>
        ${segment.start === undefined ? '' : litHtml`<button @click=${() => this.sync.seek(segment.id)}>${formatTime(segment.start)}</button>`}
        ${segment.text}
      </p>`);
  }
}
defineElement('test-media-sync', TestMediaSync);

/** The demo sample, spoken by espeak-ng, and its WebVTT (scripts/make-demo-audio.sh). */
const SAMPLE = '/demo/media/sample';
let segments: Segment[];
/** The sample audio as a blob: URL, which every engine can seek in (the test server serves no byte ranges). */
let audioUrl: string;

const currentText = (host: TestMediaSync): string | undefined =>
  host.shadowRoot!.querySelector('[aria-current=true]')?.textContent?.replace(/\s+/g, ' ').trim();

/** What a test added to the page, removed after it. (Built by hand: fixture() of a plain element waits for a frame, which a background tab may never draw.) */
const added: Element[] = [];
function add<T extends Element>(element: T): T {
  document.body.append(element);
  added.push(element);
  return element;
}

function followingHost(mediaId: string): TestMediaSync {
  const host = document.createElement('test-media-sync') as TestMediaSync;
  host.segments = segments;
  host.for = mediaId;
  return host;
}

/**
 * The sample in an <audio> and a host following it. With `real` (and where the tab can play:
 * Chromium plays no media in a background tab, where the runner puts one of the two files it
 * tests at once) the audio plays for real; else its time is driven by hand, as the browser would
 * drive it, which behaves the same in every tab and engine.
 */
interface Player {
  audio: HTMLAudioElement;
  host: TestMediaSync;
  clock: MediaClock | undefined;
}

async function page({ real = false } = {}): Promise<Player> {
  const audio = add(Object.assign(document.createElement('audio'), { id: 'player', src: audioUrl, preload: 'auto', controls: true }));
  const host = add(followingHost('player'));
  const clock = real && document.visibilityState === 'visible' ? undefined : handDriven(audio);
  if (!clock) {
    await playBriefly(audio, host);
    await seekTo(audio, host, 0);
  }
  await host.updateComplete;
  return { audio, host, clock };
}

/** Plays the audio, muted, after a real click that allows it (as a reader's would), and pauses it. */
async function playBriefly(audio: HTMLAudioElement, host: TestMediaSync): Promise<void> {
  const box = host.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.right - 4), Math.round(box.top + 4)] });
  audio.muted = true;
  await audio.play();
  audio.pause();
}

/** Plays the audio for real, or moves the hand-driven clock on. */
async function playOn(player: Player, seconds: number): Promise<void> {
  if (player.clock) player.clock.advance(seconds);
  else await player.audio.play();
}

/** Moves the audio to `time` as a reader dragging its slider would, and waits for the host. */
async function seekTo(audio: HTMLAudioElement, host: TestMediaSync, time: number): Promise<void> {
  const seeked = oneEvent(audio, 'seeked');
  audio.currentTime = time;
  await seeked;
  await host.updateComplete;
}

describe('media sync', () => {
  before(async () => {
    segments = parseTranscript(await (await fetch(`${SAMPLE}.vtt`)).text()).segments;
    audioUrl = URL.createObjectURL(await (await fetch(`${SAMPLE}.ogg`)).blob());
  });

  after(() => URL.revokeObjectURL(audioUrl));

  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
  });

  it('follows a real <audio>: the segment spoken at its time is current, none in a pause', async () => {
    const { audio, host, clock } = await page({ real: true });
    if (!clock) expect(audio.duration).to.be.closeTo(24, 0.1);
    expect(host.sync.media).to.equal(audio);
    expect(currentText(host)).to.equal('0:00 I\'d love to start with these.');
    await seekTo(audio, host, 10);
    expect(currentText(host)).to.equal('0:09 Very hard to make each one of these.');
    expect(host.sync.currentSegmentId).to.equal(segments[3]!.id);
    await seekTo(audio, host, 2.3); // between two lines
    expect(currentText(host)).to.equal(undefined);
    await seekTo(audio, host, 23.9); // after the last line, before the end of the file
    expect(host.sync.currentSegmentId).to.equal(undefined);
  });

  it('a timestamp seeks to its segment and keeps the audio paused', async () => {
    const { audio, host } = await page();
    const third = host.shadowRoot!.querySelectorAll('button')[2]!;
    expect(third.textContent).to.equal('0:05');
    const seeked = oneEvent(audio, 'seeked');
    third.click();
    expect(audio.currentTime).to.be.closeTo(segments[2]!.start!, 0.001);
    await seeked;
    await host.updateComplete;
    expect(currentText(host)).to.equal('0:05 Someone on your team call these the real-life Tony Stark glasses.');
    expect(audio.paused).to.equal(true);
  });

  it('moves the current segment along while the audio plays', async () => {
    const player = await page();
    const { audio, host } = player;
    await seekTo(audio, host, 15.2);
    expect(host.sync.currentSegmentId).to.equal(segments[4]!.id);
    try {
      await playOn(player, 1.5);
      await waitUntil(() => host.sync.currentSegmentId === segments[5]!.id, 'the last line becomes current', { timeout: 5000 });
      await host.updateComplete;
      expect(currentText(host)).to.match(/^0:16 In a world where AI/);
    } finally {
      audio.pause();
    }
  });

  it('while following, keeps the current segment in view; the reader scrolling stops it', async () => {
    const { audio, host } = await page();
    host.sync.following = true;
    await seekTo(audio, host, 20);
    const last = host.shadowRoot!.querySelector(`[data-segment-id="${segments[5]!.id}"]`)!;
    // Brought into view in the update that made it current.
    const box = host.getBoundingClientRect();
    const line = last.getBoundingClientRect();
    expect(line.top, 'the last segment is scrolled into view').to.be.within(box.top - 1, box.bottom - 1);
    host.dispatchEvent(new WheelEvent('wheel', { bubbles: true, composed: true, deltaY: -100 }));
    expect(host.sync.following).to.equal(false);
    void host.offsetHeight; // the scroll to the last segment laid out (no frame: a background tab draws none)
    const scrolled = host.scrollTop;
    await seekTo(audio, host, 0.5);
    expect(host.sync.currentSegmentId).to.equal(segments[0]!.id);
    expect(host.scrollTop, 'no longer scrolled along').to.equal(scrolled);
  });

  it('scrolling keys stop following, except in a control that uses them', async () => {
    const { host } = await page();
    const input = add(Object.assign(document.createElement('input'), { ariaLabel: 'Search' }));
    host.sync.following = true;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(host.sync.following).to.equal(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
    expect(host.sync.following).to.equal(false);
    host.sync.following = true;
    host.sync.stopFollowing(); // as the host does when the reader searches
    expect(host.sync.following).to.equal(false);
  });

  it('a change of for re-attaches; a for naming no media warns and follows nothing', async () => {
    const { audio, host } = await page();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      host.for = 'nothing-here';
      await host.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(host.sync.media).to.equal(undefined);
    expect(host.sync.currentSegmentId).to.equal(undefined);
    expect(warnings).to.deep.equal(['test-media-sync: for="nothing-here" names no <audio> or <video> element.']);
    host.for = 'player';
    await host.updateComplete;
    expect(host.sync.media).to.equal(audio);
  });

  it('finds media that comes later in the page on the next update', async () => {
    const original = console.warn;
    console.warn = () => {}; // the host warns that "later" names nothing yet
    let host: TestMediaSync;
    try {
      host = add(followingHost('later'));
      await host.updateComplete;
    } finally {
      console.warn = original;
    }
    const audio = Object.assign(document.createElement('audio'), { id: 'later', src: audioUrl, preload: 'auto' });
    add(audio);
    host.requestUpdate();
    await host.updateComplete;
    expect(host.sync.media).to.equal(audio);
  });

  it('stops listening when the host leaves the page', async () => {
    const { audio, host } = await page();
    host.remove();
    await seekTo(audio, host, 10);
    expect(host.sync.currentSegmentId).to.equal(segments[0]!.id);
  });

  it('segments without times have no current segment, and seeking them does nothing', async () => {
    const { audio, host } = await page();
    host.segments = segments.map(({ id, speaker, text }) => ({ id, speaker, text }));
    await host.updateComplete;
    expect(host.sync.currentSegmentId).to.equal(undefined);
    host.sync.seek(segments[2]!.id);
    expect(audio.currentTime).to.equal(0);
    expect(host.shadowRoot!.querySelector('button')).to.equal(null);
  });
});
