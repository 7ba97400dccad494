import { css } from 'lit';

/*
 * The fallback of src/core/embed.ts (QUOTE_FALLBACK_STYLES) and the page CSS in quote.ts's doc
 * mirror these metrics, so that nothing moves when the element upgrades: keep them in step.
 * base: 4px accent border at the inline start, var(--verbatim-spacing) padding; text 1.2rem/1.5
 * in the reading font; caption 0.9rem/1.4 in the UI font, 0.75rem below; then 0.75rem and
 * the actions row, exactly 2.75rem tall (its buttons are touch-sized).
 */
export const quoteStyles = css`
  .fallback[hidden] {
    display: none;
  }
  [part~='base'] {
    margin: 0;
    padding: var(--_spacing);
    border: 0;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: break-word;
  }
  /* Fonts and colours sit on the parts themselves (their children inherit), so that a page's
     ::part() rule, which wins over the element's rule for the same element, reaches the words. */
  [part~='text'],
  [part~='text'] p {
    margin: 0;
  }
  [part~='text'] {
    font: 1.2rem/1.5 var(--_font);
  }
  [part~='cite'] {
    margin: 0.75rem 0 0;
    font: 0.9rem/1.4 var(--_ui-font);
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1rem;
    min-block-size: 2.75rem;
    margin-block-start: 0.75rem;
    font: 0.9rem/1.4 var(--_ui-font);
  }
  [part~='context-link'] {
    color: var(--_accent);
    font-weight: 600;
  }
  [part~='copy'] {
    block-size: 2.75rem;
    padding: 0 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  [part~='copy']:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .status {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-inline-start-color: CanvasText;
    }
    [part~='context-link'] {
      color: LinkText;
    }
  }
`;
