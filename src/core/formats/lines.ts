// Line-level helpers shared by the WebVTT, SRT and plain-text readers.

/** The lines of a file, without a byte order mark; any line ending. Line n is at index n - 1. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Shortens a line for a message. */
export const excerpt = (line: string): string => JSON.stringify(line.length > 50 ? `${line.slice(0, 50)}…` : line);
