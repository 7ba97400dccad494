import { css } from 'lit';

/*
 * Layout metrics a page mirrors in its pre-upgrade CSS for the fallback list (see
 * demo/carousel-fallback.css): a controls bar of 2.75rem, then 0.5rem, then the slides (as tall
 * as the tallest while rotating, else as the one shown), then for 2 to 12 slides 0.5rem and
 * the picker, 1.5rem;
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
    position: relative;
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
  /*
   * Every slide sits in one grid cell. While rotating, the hidden ones keep their room, so the
   * carousel is as tall as its tallest slide and nothing below moves as slides change; otherwise
   * it is as tall as the slide shown (it changes only when the reader asks).
   */
  .slides {
    display: grid;
  }
  .slides:not([data-rotating]) [part~='slide'][inert] {
    display: none;
  }
  /* In the gap under the controls: it takes no room of its own. */
  [part~='progress'] {
    position: absolute;
    inset-inline: 0;
    inset-block-end: -0.375rem;
    block-size: 3px;
    border-radius: 3px;
    background: var(--_border);
    overflow: hidden;
  }
  [part~='progress'] span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
    transform-origin: left;
    animation: verbatim-progress var(--_interval) linear forwards;
  }
  :host(:dir(rtl)) [part~='progress'] span {
    transform-origin: right;
  }
  [part~='progress'][data-paused] span {
    animation-play-state: paused;
  }
  @keyframes verbatim-progress {
    from {
      transform: scaleX(0);
    }
  }
  /* Reduced motion: the bar shows that rotation is on without moving. */
  @media (prefers-reduced-motion: reduce) {
    [part~='progress'] span {
      animation: none;
    }
  }
  [part~='picker'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25rem;
  }
  [part~='picker'] button {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border: 0;
    background: none;
  }
  [part~='picker'] button::before {
    content: '';
    display: block;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    margin: auto;
    border: 2px solid var(--_muted);
    border-radius: 50%;
  }
  [part~='picker'] button[aria-current='true']::before {
    border-color: var(--_accent);
    background: var(--_accent);
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
    [part~='picker'] button::before {
      forced-color-adjust: none;
      border-color: ButtonText;
    }
    [part~='picker'] button[aria-current='true']::before {
      border-color: Highlight;
      background: Highlight;
    }
  }
`;
