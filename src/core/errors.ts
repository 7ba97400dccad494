/**
 * Thrown by the parsers for input they cannot read. The message names the line or the JSON
 * path at fault, so that a person can find it in their file.
 */
export class TranscriptError extends Error {
  /** Where the problem is: `line 12`, `segments[3].speaker`, … when known. */
  readonly location: string | undefined;

  constructor(message: string, location?: string) {
    super(location ? `${location}: ${message}` : message);
    this.name = 'TranscriptError';
    this.location = location;
  }
}
