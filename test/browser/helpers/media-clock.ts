/** The time of an audio or video element driven by hand. */
export interface MediaClock {
  /** Plays on by `seconds`, with a `timeupdate` per quarter second, as playback reports it. */
  advance(seconds: number): void;
}

/**
 * Drives `media`'s time by hand, as the browser would: setting currentTime seeks (`seeking`
 * at once, `seeked` in a later task) and `advance` plays on. Chromium plays no media in a
 * background tab, where the runner puts one of the two files it tests at once; a clock driven
 * by hand behaves the same in every tab and engine.
 */
export function handDriven(media: HTMLMediaElement): MediaClock {
  let time = 0;
  Object.defineProperty(media, 'currentTime', {
    configurable: true,
    get: () => time,
    set: (value: number) => {
      time = value;
      media.dispatchEvent(new Event('seeking'));
      setTimeout(() => media.dispatchEvent(new Event('seeked')));
    },
  });
  return {
    advance(seconds) {
      for (let step = 0; step < seconds / 0.25; step++) {
        time += 0.25;
        media.dispatchEvent(new Event('timeupdate'));
      }
    },
  };
}
