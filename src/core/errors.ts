/** Where in a file a problem is: a line of a text format, or a path into a JSON document. */
export interface TranscriptLocation {
  /** The file or URL read, when the reader of the message needs it. */
  source?: string | undefined;
  /** 1-based line of a text format (WebVTT, SRT, text, JSON syntax errors). */
  line?: number | undefined;
  /** Path into a JSON document, e.g. `segments[3].speaker`. */
  path?: string | undefined;
}

/** Something a reader skipped or read leniently, as the format's rules allow. */
export interface TranscriptWarning {
  /** 1-based line of the file, when the format has lines. */
  line?: number | undefined;
  reason: string;
}

/** "talk.vtt: line 12: …", "segments[3].speaker: …" or just the reason. */
export function describeProblem({ source, line, path, reason }: TranscriptLocation & { reason: string }): string {
  return [source, line !== undefined ? `line ${line}` : path, reason].filter(Boolean).join(': ');
}

const locationOf = (where: string): TranscriptLocation => {
  const line = /^line (\d+)$/.exec(where)?.[1];
  return line === undefined ? { path: where } : { line: Number(line) };
};

/**
 * Thrown by the parsers for input they cannot read. `line` or `path` says where, `reason`
 * what; the message names both, so that a person can find the problem in their file.
 */
export class TranscriptError extends Error {
  readonly source: string | undefined;
  readonly line: number | undefined;
  readonly path: string | undefined;
  readonly reason: string;

  /** `where` may also be written as text: "line 12", or a JSON path. */
  constructor(reason: string, where: TranscriptLocation | string = {}) {
    const { source, line, path } = typeof where === 'string' ? locationOf(where) : where;
    super(describeProblem({ source, line, path, reason }));
    this.name = 'TranscriptError';
    this.reason = reason;
    this.source = source;
    this.line = line;
    this.path = path || undefined;
  }
}
