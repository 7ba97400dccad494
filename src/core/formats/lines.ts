// Line-level helpers shared by the WebVTT, SRT and plain-text readers.

/** The lines of a file, without a byte order mark; any line ending. Line n is at index n - 1. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * A leading speaker label, "Name: words", as the Podcasting 2.0 guide writes speakers in SRT
 * and plain text. A name is one to four words starting with a capital letter (or a letter of a
 * script without case) and holding no digits, so "Step 1: …", "10:30 …" and "https://…" are not
 * taken for names.
 */
const SPEAKER_LABEL = /^([\p{Lu}\p{Lo}][\p{L}\p{M}.'’-]*(?: [\p{L}\p{M}.'’-]+){0,3}):(?:\s+|$)/u;

export function speakerLabel(text: string): { name: string; text: string } | undefined {
  const match = SPEAKER_LABEL.exec(text);
  return match ? { name: match[1]!, text: text.slice(match[0].length) } : undefined;
}

/** Shortens a line for an error message. */
export const excerpt = (line: string): string => JSON.stringify(line.length > 50 ? `${line.slice(0, 50)}…` : line);
