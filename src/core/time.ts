/** Formats seconds as a clock timestamp: 5 → "0:05", 65 → "1:05", 3723 → "1:02:03". */
export function formatTime(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const secs = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

/** A stretch of a recording, in seconds from its start; the end is unknown for an untimed last line. */
export interface TimeRange {
  start: number;
  end?: number;
}

/** "1:05–4:30", or "1:05" when the end is unknown or not after the start. */
export const formatTimeRange = ({ start, end }: TimeRange): string =>
  end === undefined || end <= start ? formatTime(start) : `${formatTime(start)}–${formatTime(end)}`;
