import { css } from 'lit';

export const archiveSearchStyles = css`
  .fallback[hidden] {
    display: none;
  }
  [part~='base'] {
    display: grid;
    gap: 0.75rem;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font: 600 0.9rem/1.4 var(--_ui-font);
  }
  .query {
    flex: 1 1 14rem;
  }
  input,
  select {
    min-inline-size: 0;
    block-size: 2.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: 400 1rem var(--_ui-font);
  }
  select {
    max-inline-size: 12rem;
  }
  .status {
    margin: 0;
    color: var(--_muted);
    font: 0.9rem/1.4 var(--_ui-font);
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .episodes {
    display: grid;
    gap: var(--_spacing);
  }
  .episode {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
    margin: 0 0 0.25rem;
    font: 700 1.05rem/1.3 var(--_ui-font);
  }
  time {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9rem;
  }
  [part~='result'] {
    display: block;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
    color: inherit;
    text-decoration: none;
    overflow-wrap: break-word;
    /* The passage's font, on the part: a page's ::part(result) rule reaches its words. */
    font: 1rem/1.5 var(--_font);
  }
  a[part~='result']:hover,
  a[part~='result']:focus-visible {
    border-inline-start-color: var(--_accent);
    background: var(--_surface);
  }
  .who {
    display: block;
    color: var(--_muted);
    font: 0.85rem/1.4 var(--_ui-font);
  }
  [part~='match'] {
    background: var(--_mark);
    color: inherit;
  }
  @media (forced-colors: active) {
    [part~='result'] {
      border-inline-start-color: CanvasText;
    }
    [part~='match'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
