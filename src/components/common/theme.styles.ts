import { css } from 'lit';

/**
 * The theme every element shares. Pages theme Verbatim through the public `--verbatim-*`
 * custom properties, set on an element or inherited from any ancestor (so one declaration
 * on `body` themes every element), and through parts. Inside, components use the private
 * `--_*` properties that :host derives from them, with defaults for light and dark schemes.
 * Forced colors use system colours.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--verbatim-accent, #b4235a);
    --_text: var(--verbatim-text, #1d1d1f);
    --_muted: var(--verbatim-muted, #575762);
    --_background: var(--verbatim-background, #ffffff);
    --_surface: var(--verbatim-surface, #f6f5f2);
    --_border: var(--verbatim-border, #d9d6cf);
    --_mark: var(--verbatim-mark, #ffe28a);
    --_font: var(--verbatim-font, ui-serif, Georgia, 'Times New Roman', serif);
    --_ui-font: var(--verbatim-ui-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--verbatim-radius, 0.5rem);
    --_spacing: var(--verbatim-spacing, 1rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_ui-font);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--verbatim-accent, #ff8fb8);
      --_text: var(--verbatim-text, #f2f2f4);
      --_muted: var(--verbatim-muted, #b4b4c0);
      --_background: var(--verbatim-background, #17171a);
      --_surface: var(--verbatim-surface, #222227);
      --_border: var(--verbatim-border, #44444d);
      --_mark: var(--verbatim-mark, #6b5300);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part~='error'] {
    margin: 0;
    padding: calc(var(--_spacing) * 0.75);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: 0.9rem/1.4 var(--_ui-font);
  }
  [part~='error'] + [part~='error'] {
    margin-block-start: 0.5rem;
  }
  /* The page's own fallback, kept below the error when the data could not be loaded. */
  [part~='error'] + .fallback:not([hidden]) {
    margin-block-start: var(--_spacing);
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_mark: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border: 1px solid ButtonText;
    }
  }
`;
