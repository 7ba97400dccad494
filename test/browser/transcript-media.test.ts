import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../../src/components/transcript/transcript.js';
import type { VerbatimTranscript } from '../../src/components/transcript/transcript.js';
import { parseTranscript } from '../../src/core/parse.js';
import type { Transcript } from '../../src/core/types.js';
import { expectAccessible } from './helpers/axe.js';
import { handDriven } from './helpers/media-clock.js';
import type { MediaClock } from './helpers/media-clock.js';
import { count, part, record, sample, segment } from './fixtures/transcript-helpers.js';

/** The demo sample, spoken by espeak-ng, and its WebVTT: six timed lines (0:00, 0:02, 0:05, 0:09, 0:12, 0:16). */
const SAMPLE = '/demo/media/sample';
let timed: Transcript;
/** The sample audio as a blob: URL, which every engine can seek in (the test server serves no byte ranges). */
let audioUrl: string;
const initialUrl = location.href;

/** What a test added to the page, removed after it (built by hand: a background tab may never draw the frame fixture() waits for). */
const added: Element[] = [];
function add<T extends Element>(element: T): T {
  document.body.append(element);
  added.push(element);
  return element;
}

async function listening(transcript = timed, mediaId = 'player'): Promise<{ audio: HTMLAudioElement; clock: MediaClock; element: VerbatimTranscript }> {
  const audio = add(Object.assign(document.createElement('audio'), { id: 'player', src: audioUrl, controls: true, muted: true }));
  const clock = handDriven(audio);
  const element = add(document.createElement('verbatim-transcript'));
  element.transcript = transcript;
  element.setAttribute('for', mediaId);
  await element.updateComplete;
  return { audio, clock, element };
}

async function seekTo(audio: HTMLAudioElement, element: VerbatimTranscript, time: number): Promise<void> {
  const seeked = oneEvent(audio, 'seeked');
  audio.currentTime = time;
  await seeked;
  await element.updateComplete;
}

const spoken = (element: VerbatimTranscript): string[] =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('[aria-current=time]')].map((found) => found.dataset.segmentId!);

const timestamps = (element: VerbatimTranscript): HTMLElement[] => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~=timestamp]')];

async function type(element: VerbatimTranscript, text: string): Promise<void> {
  const input = part<HTMLInputElement>(element, 'search')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

describe('verbatim-transcript with media', () => {
  before(async () => {
    timed = parseTranscript(await (await fetch(`${SAMPLE}.vtt`)).text(), { id: 'sample', title: 'Sample' });
    audioUrl = URL.createObjectURL(await (await fetch(`${SAMPLE}.ogg`)).blob());
  });

  after(() => URL.revokeObjectURL(audioUrl));

  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
    history.replaceState(null, '', initialUrl);
  });

  it('marks the segment being spoken with aria-current="time", and none between lines', async () => {
    const { audio, element } = await listening();
    const ids = timed.segments.map((s) => s.id);
    expect(spoken(element)).to.deep.equal([ids[0]]);
    expect(getComputedStyle(segment(element, ids[0]!)).borderInlineStartWidth).to.equal('6px');
    await seekTo(audio, element, 10);
    expect(spoken(element)).to.deep.equal([ids[3]]);
    expect(getComputedStyle(segment(element, ids[0]!)).borderInlineStartWidth).to.equal('3px');
    await seekTo(audio, element, 2.3);
    expect(spoken(element)).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('follows the time as the audio plays', async () => {
    const { audio, clock, element } = await listening();
    await seekTo(audio, element, 15.2);
    clock.advance(1.2);
    await element.updateComplete;
    expect(spoken(element)).to.deep.equal([timed.segments[5]!.id]);
  });

  it('shows a timestamp button per timed segment that plays from it', async () => {
    const { audio, element } = await listening();
    const buttons = timestamps(element);
    expect(buttons.map((button) => button.textContent)).to.deep.equal(['0:00', '0:02', '0:05', '0:09', '0:12', '0:16']);
    expect(buttons.every((button) => button.localName === 'button')).to.be.true;
    expect(buttons[2]!.getAttribute('aria-label')).to.equal('Play from 0:05');
    const seeked = oneEvent(audio, 'seeked');
    buttons[2]!.click();
    expect(audio.currentTime).to.be.closeTo(timed.segments[2]!.start!, 0.001);
    await seeked;
    await element.updateComplete;
    expect(spoken(element)).to.deep.equal([timed.segments[2]!.id]);
    audio.pause();
  });

  it('offers "Follow along" as a toggle that keeps the spoken segment in view', async () => {
    const { audio, element } = await listening();
    element.style.cssText = 'display: block; block-size: 12rem; overflow: auto';
    const follow = part<HTMLButtonElement>(element, 'follow')!;
    expect(follow.textContent!.trim()).to.equal('Follow along');
    expect(follow.getAttribute('aria-pressed')).to.equal('false');
    follow.click();
    await element.updateComplete;
    expect(follow.getAttribute('aria-pressed')).to.equal('true');
    await expectAccessible(element);
    await seekTo(audio, element, 20);
    const last = segment(element, timed.segments[5]!.id);
    await waitUntil(() => {
      const box = element.getBoundingClientRect();
      const line = last.getBoundingClientRect();
      return line.bottom > box.top && line.top < box.bottom;
    }, 'the spoken segment is scrolled into view');
    follow.click();
    await element.updateComplete;
    expect(follow.getAttribute('aria-pressed')).to.equal('false');
  });

  it('pauses following when the reader scrolls, offers "Back to now", and never scrolls while the reader types', async () => {
    const { audio, element } = await listening();
    element.style.cssText = 'display: block; block-size: 12rem; overflow: auto';
    const follow = part<HTMLButtonElement>(element, 'follow')!;
    const backToNow = () => element.shadowRoot!.querySelector<HTMLButtonElement>('.back-to-now');
    follow.click();
    await seekTo(audio, element, 0.5);
    expect(backToNow()).to.equal(null);
    element.dispatchEvent(new WheelEvent('wheel', { bubbles: true, composed: true, deltaY: 100 }));
    await element.updateComplete;
    expect(follow.getAttribute('aria-pressed')).to.equal('false');
    expect(backToNow()!.textContent).to.equal('Back to now');
    await expectAccessible(element);
    backToNow()!.click();
    await element.updateComplete;
    expect(follow.getAttribute('aria-pressed')).to.equal('true');
    expect(backToNow()).to.equal(null);
    expect(element.shadowRoot!.activeElement).to.equal(follow);
    // The reader types in a field of the page: the spoken segment changes, the transcript does not scroll.
    const field = add(document.createElement('input'));
    field.focus();
    const top = element.scrollTop;
    await seekTo(audio, element, 20);
    expect(spoken(element)).to.deep.equal([timed.segments[5]!.id]);
    expect(element.scrollTop).to.equal(top);
  });

  it('stops following when the reader searches, and tells the time of the current match', async () => {
    const { element } = await listening();
    const searches = record(element, 'verbatim-search');
    part<HTMLButtonElement>(element, 'follow')!.click();
    await element.updateComplete;
    await type(element, 'glasses');
    expect(part(element, 'follow')!.getAttribute('aria-pressed')).to.equal('false');
    expect(searches).to.have.length(1);
    expect(count(element)).to.equal('1 of 1 matches at 0:05');
    await type(element, 'these'); // and "there", one letter off
    expect(count(element)).to.equal('1 of 4 matches at 0:00');
    part<HTMLButtonElement>(element, 'next-match')!.click();
    await element.updateComplete;
    expect(count(element)).to.equal('2 of 4 matches at 0:02');
    await expectAccessible(element);
  });

  it('shows times as text and no follow toggle without media', async () => {
    const element = add(document.createElement('verbatim-transcript'));
    element.transcript = timed;
    await element.updateComplete;
    expect(timestamps(element).map((time) => `${time.localName}:${time.textContent}`)[1]).to.equal('span:0:02');
    expect(part(element, 'follow')).to.equal(null);
    expect(spoken(element)).to.deep.equal([]);
  });

  it('warns and shows no follow toggle when for names no media element', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      const { element } = await listening(timed, 'nowhere');
      expect(part(element, 'follow')).to.equal(null);
      expect(timestamps(element)[0]!.localName).to.equal('span');
      expect(warnings.join('\n')).to.include('for="nowhere"');
    } finally {
      console.warn = warn;
    }
  });

  it('shows no follow toggle and no timestamps when the segments have no times', async () => {
    const { element } = await listening(sample);
    expect(part(element, 'follow')).to.equal(null);
    expect(timestamps(element)).to.deep.equal([]);
    expect(spoken(element)).to.deep.equal([]);
  });

  it('attaches when for is set later, and detaches when it is removed', async () => {
    const { element } = await listening(timed, '');
    expect(part(element, 'follow')).to.equal(null);
    element.setAttribute('for', 'player');
    await element.updateComplete;
    expect(part(element, 'follow')).not.to.equal(null);
    expect(spoken(element)).to.deep.equal([timed.segments[0]!.id]);
    element.removeAttribute('for');
    await element.updateComplete;
    expect(part(element, 'follow')).to.equal(null);
    expect(spoken(element)).to.deep.equal([]);
  });
});
