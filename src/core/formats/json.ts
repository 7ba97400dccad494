import { TranscriptError } from '../errors.js';

/**
 * JSON.parse with a TranscriptError naming the line. Engines word their messages differently;
 * V8 gives a character position (turned into a line here), Firefox a line and column.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined
      ? /line (\d+)/.exec(message)?.[1]
      : text.slice(0, Number(position)).split('\n').length;
    throw new TranscriptError(`This is not valid JSON (${message}).`, { line: line === undefined ? undefined : Number(line) });
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
