import { css } from 'lit';

/*
 * The mark of a quote checked against its transcript (see passage-check.ts). States differ by
 * their words and icon shape; colour only adds to them. A note (not found, not checked) sits
 * under the fallback, framed so that it reads as the widget's, not the author's.
 */
export const checkStyles = css`
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font: 0.85rem/1.4 var(--_ui-font);
    color: var(--_muted);
  }
  .check svg {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: currentColor;
  }
  .check[data-state='verified'] svg {
    color: var(--verbatim-verified, #1f7a3d);
  }
  figure > .check,
  .mark {
    display: flex;
    margin: 0.5rem 0 0;
  }
  .note {
    margin: 0.5rem 0 0;
    padding: 0.4rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .note .check {
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    .check[data-state='verified'] svg {
      color: var(--verbatim-verified, #6fd08f);
    }
  }
  @media (forced-colors: active) {
    .check svg {
      fill: CanvasText;
    }
  }
`;
