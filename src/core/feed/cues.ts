// Timed pieces of a caption or transcript file (cues, JSON segments), read loosely: enough to
// know when words were said, for chapters tracks and for placing soundbites. The transcript
// itself is read by parseTranscript.

export interface TimedPiece {
  start: number;
  end: number;
  text: string;
}

const CUE_TIME = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$|^(\d+(?:\.\d+)?)$/;

/** "01:02:03.500", "02:03,5" or plain seconds ("123.5") → seconds; undefined otherwise. */
export function cueSeconds(value: string): number | undefined {
  const match = CUE_TIME.exec(value);
  if (!match) return undefined;
  if (match[5] !== undefined) return Number(match[5]);
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]) + Number(`0.${match[4]}`);
}

const TIMING = /^\s*(\S+)\s*-->\s*(\S+)/;

/**
 * The cues of a WebVTT or SRT file: each timing line and the text lines after it, with tags
 * removed. A timing line that cannot be read is passed to `onBadTiming` (and skipped if it returns).
 */
export function readCues(text: string, onBadTiming: (line: string, lineNumber: number) => void = () => {}): TimedPiece[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cues: TimedPiece[] = [];
  lines.forEach((line, index) => {
    const timing = line.includes('-->') ? TIMING.exec(line) : null;
    if (!timing) return;
    const start = cueSeconds(timing[1]!);
    const end = cueSeconds(timing[2]!);
    if (start === undefined || end === undefined) {
      onBadTiming(line, index + 1);
      return;
    }
    const body: string[] = [];
    for (let next = index + 1; next < lines.length && lines[next]!.trim() !== '' && !lines[next]!.includes('-->'); next++) body.push(lines[next]!);
    cues.push({ start, end, text: body.join(' ').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() });
  });
  return cues;
}

/** The timed pieces of a transcript file: Podcasting 2.0 JSON segments or WebVTT/SRT cues; [] for anything else. */
export function timedPieces(text: string): TimedPiece[] {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    try {
      const { segments } = JSON.parse(start) as { segments?: unknown };
      if (!Array.isArray(segments)) return [];
      return segments.flatMap((segment: { body?: unknown; startTime?: unknown; endTime?: unknown }) =>
        typeof segment?.body === 'string' && typeof segment.startTime === 'number' && typeof segment.endTime === 'number'
          ? [{ start: segment.startTime, end: segment.endTime, text: segment.body.replace(/\s+/g, ' ').trim() }]
          : []);
    } catch {
      return [];
    }
  }
  return start.includes('-->') ? readCues(start) : [];
}
