import { css } from 'lit';

/** A compact card for a sidebar: readable from 320 px wide, long words wrap. */
export const topicCardStyles = css`
  .fallback[hidden] {
    display: none;
  }
  [part~='base'] {
    display: grid;
    gap: 0.75rem;
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font: 0.95rem/1.5 var(--_ui-font);
    overflow-wrap: break-word;
  }
  [part~='title'] {
    margin: 0;
    font: 700 1.2rem/1.3 var(--_font);
  }
  [part~='image'] {
    inline-size: 5rem;
    aspect-ratio: 1;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  [part~='title'] a,
  figcaption a {
    color: inherit;
  }
  [part~='time'] {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  [part~='summary'],
  .speakers,
  figure,
  blockquote,
  blockquote p {
    margin: 0;
  }
  /* The quote's words take the part's font (a page's ::part(quote) rule reaches them); the
     attribution keeps the UI font at 0.85rem, in em of the part's size. */
  [part~='quote'] {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    font: 1.05rem/1.45 var(--_font);
  }
  figcaption {
    font: 0.8095em/1.5 var(--_ui-font);
  }
  .speakers {
    font-size: 0.85rem;
  }
  figcaption,
  .speakers {
    color: var(--_muted);
  }
  figcaption {
    margin-block-start: 0.35rem;
  }
  [part~='context-link'] {
    justify-self: start;
    color: var(--_accent);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
    [part~='quote'] {
      border-inline-start-color: CanvasText;
    }
    [part~='context-link'] {
      color: LinkText;
    }
  }
`;
