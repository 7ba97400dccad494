import { css } from 'lit';

/*
 * Layout metrics a page mirrors in its pre-upgrade CSS for the fallback list (see
 * demo/carousel-fallback.css): a controls bar of 2.75rem, then 0.5rem, then the slides;
 * a slide has a 1px border and var(--verbatim-spacing) padding; the quote is 1.2rem/1.5 in
 * the reading font, the attribution and the link 0.9rem/1.4 in the UI font, 0.75rem apart.
 */
export const carouselStyles = css`
  .fallback[hidden] {
    display: none;
  }
  [part~='base'] {
    display: grid;
    gap: 0.5rem;
    touch-action: pan-y;
  }
  .controls {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    block-size: 2.75rem;
  }
  /* Its own background keeps it legible on a page that does not follow the dark scheme. */
  .position {
    min-inline-size: 3.5em;
    padding-inline: 0.25em;
    border-radius: var(--_radius);
    background: var(--_background);
    text-align: center;
    font: 0.9rem/1.4 var(--_ui-font);
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  [part~='rotation'] {
    margin-inline-end: auto;
  }
  [part~='previous'] {
    margin-inline-start: auto;
  }
  button {
    display: inline-grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }
  /* In right-to-left text the previous slide is to the right: the arrows point that way. */
  :host(:dir(rtl)) :is([part~='previous'], [part~='next']) svg {
    transform: scaleX(-1);
  }
  /* Every slide sits in one grid cell, so the carousel is as tall as its tallest slide. */
  .slides {
    display: grid;
  }
  [part~='slide'] {
    grid-area: 1 / 1;
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font: 1.2rem/1.5 var(--_font);
  }
  [part~='slide'][inert] {
    visibility: hidden;
  }
  figure,
  blockquote,
  p {
    margin: 0;
  }
  /* The quote takes the slide's font, so a page's ::part(slide) rule reaches its words; the
     attribution and the link keep the UI font at 0.9rem (0.75em of the slide's 1.2rem). */
  figcaption,
  .context {
    margin-block-start: 0.75rem;
    font: 0.75em/1.4 var(--_ui-font);
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    [part~='slide'] {
      border-color: CanvasText;
    }
    svg {
      fill: ButtonText;
    }
  }
`;
