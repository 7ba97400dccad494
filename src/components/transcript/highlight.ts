import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A segment's text with its matches wrapped in `<mark part="match">`; the marks from
 * `current` to `currentLast` (indexes into `ranges`) also get `current-match`. Text stays text: Lit
 * binds each piece as a text node, nothing is parsed as HTML.
 */
export function highlight(text: string, ranges: readonly [number, number][] | undefined, current = -1, currentLast = current): (string | TemplateResult)[] | string {
  if (!ranges || ranges.length === 0) return text;
  const pieces: (string | TemplateResult)[] = [];
  let at = 0;
  ranges.forEach(([start, end], index) => {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(index >= current && index <= currentLast && current >= 0
      ? html`<mark part="match current-match">${text.slice(start, end)}</mark>`
      : html`<mark part="match">${text.slice(start, end)}</mark>`);
    at = end;
  });
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
