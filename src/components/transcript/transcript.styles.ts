import { css } from 'lit';

export const transcriptStyles = css`
  .fallback[hidden],
  [part~='base'][hidden] {
    display: none;
  }
  [part~='base'] {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_spacing);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The link past the transcript: out of sight until it has the focus. */
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip {
    justify-self: start;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
  }
  /* The bar's first line: the chapters' and the filters' menus, whose panels open over the text. */
  .menus {
    display: flex;
    flex: 1 1 100%;
    align-items: center;
    gap: 0.5rem;
    min-inline-size: 0;
    font: 0.9rem/1.4 var(--_ui-font);
  }
  .menu {
    min-inline-size: 0;
  }
  .chapters {
    flex: 1 1 auto;
  }
  .filters {
    flex: none;
    margin-inline-start: auto;
  }
  .menus summary {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 2rem;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    list-style: none;
  }
  .chapters summary {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    line-height: 2rem;
  }
  .menus summary::-webkit-details-marker {
    display: none;
  }
  .menus summary::before {
    content: '▸ ';
  }
  .menus [open] > summary::before {
    content: '▾ ';
  }
  .menus nav,
  .menus .panel {
    position: absolute;
    inset-block-start: 100%;
    z-index: 3;
    max-block-size: min(24rem, 60vh);
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 20%);
  }
  .menus nav {
    inset-inline-start: 0;
    inline-size: min(28rem, 100%);
  }
  .chapters ol {
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
  }
  .chapters a {
    display: block;
    padding: 0.4rem 0.75rem;
    color: var(--_accent);
  }
  .chapters a[aria-current] {
    font-weight: 700;
    background: var(--_surface);
  }
  .menus .panel {
    inset-inline-end: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 0.5rem;
    inline-size: min(22rem, 100%);
    padding: 0.75rem;
    font-size: 0.85rem;
  }
  .panel label {
    font: inherit;
  }
  .panel select {
    min-block-size: 2.25rem;
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  .matches-only {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 2rem;
  }
  .matches-only input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .collapsed {
    margin: 0;
    padding: 0.25rem 0.75rem;
    border-inline-start: 3px dotted var(--_border);
    color: var(--_muted);
    font: italic 0.85rem/1.4 var(--_ui-font);
  }
  .back-to-now {
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  /* Focus never hides under the sticky bar (its height is measured into --_bar-size). */
  .segments :is([tabindex], button, a),
  .topic,
  .provenance summary,
  .transcript-end {
    scroll-margin-block: calc(var(--_bar-size, 8rem) + 0.5rem) 1rem;
  }
  /* The search bar (and the follow toggle) stays at hand while reading a long transcript. */
  .toolbar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    padding-block: 0.5rem;
    background: var(--_background);
    border-block-end: 1px solid var(--_border);
  }
  .search {
    flex: 1 1 16rem;
    display: grid;
    gap: 0.25rem;
  }
  label {
    font: 600 0.9rem/1.4 var(--_ui-font);
  }
  .search-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto auto;
    align-items: center;
    gap: 0.25rem;
  }
  [part~='search'] {
    min-inline-size: 0;
    block-size: 2.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: 1rem var(--_ui-font);
  }
  /* A fixed width: the search box keeps its size as the count changes. */
  [part~='match-count'] {
    inline-size: 5.5em;
    text-align: center;
    color: var(--_muted);
    font: 0.9rem/1.4 var(--_ui-font);
    font-variant-numeric: tabular-nums;
  }
  button {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: 0.85rem/1.2 var(--_ui-font);
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
  [part~='previous-match'],
  [part~='next-match'] {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    font-size: 1.1rem;
  }
  .topic {
    margin: calc(var(--_spacing) * 1.5) 0 0;
    font: 700 1.25rem/1.3 var(--_ui-font);
  }
  /*
   * Blocks of segments off screen skip layout and paint until they come near the viewport, so a
   * long transcript costs little to show; their text stays in the DOM for find-in-page and screen
   * readers. The remembered size (auto) keeps the scrollbar steady once a block was seen; the
   * estimate is 32 segments (BLOCK_SEGMENTS) of about 7rem. A skipped block contains its
   * children's margins (a topic heading's), so a block always does (flow-root): otherwise each
   * block that goes out of view would move what follows by the margin that stopped collapsing.
   */
  .block {
    display: flow-root;
    content-visibility: auto;
    contain-intrinsic-size: auto 224rem;
  }
  .segment {
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid transparent;
    border-radius: 0 var(--_radius) var(--_radius) 0;
    /* On the part, not its paragraph: a page's ::part(segment) rule reaches the words. */
    font: 1.05rem/1.6 var(--_font);
    position: relative;
  }
  .segment:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /*
   * One passage's buttons at a time: the one focused or hovered. Transparent rather than hidden,
   * so that a screen reader still finds them and a script can focus them (which shows them).
   */
  .segment:not(:hover, :focus-within) .actions {
    opacity: 0;
  }
  /* The buttons float over the passage's top corner: showing them moves no text. */
  .actions {
    position: absolute;
    inset-block-start: 0.3rem;
    inset-inline-end: 0.5rem;
    display: flex;
    gap: 0.5rem;
    padding: 0.15rem;
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .segment.headless .actions {
    inset-block-start: -0.9rem;
  }
  .segment.headless .text {
    margin-block-start: 0;
  }
  .segment.linked {
    border-inline-start-color: var(--_accent);
    background: var(--_surface);
  }
  /* The segment being spoken: a thick bar and a tinted background, so it does not rely on colour alone. */
  .segment.spoken {
    border-inline-start-width: 6px;
    border-inline-start-color: var(--_accent);
    padding-inline-start: calc(0.75rem - 3px);
    background: var(--_surface);
  }
  /* Under the count, so a narrow search row keeps room for the query. */
  .match-note,
  .match-time {
    display: block;
  }
  /* A segment's note (e.g. "Teaser"): small print in a frame, beside the speaker. */
  .note {
    padding: 0 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font: 600 0.75rem/1.5 var(--_ui-font);
    letter-spacing: 0.04em;
    text-transform: uppercase;
    margin-inline-end: auto;
  }
  .note:has(+ .timestamp) {
    margin-inline-end: 0;
  }
  .provenance {
    color: var(--_muted);
    font: 0.9rem/1.5 var(--_ui-font);
  }
  .provenance summary {
    cursor: pointer;
    inline-size: fit-content;
  }
  .provenance p {
    margin: 0.5rem 0 0;
  }
  .provenance ol {
    margin: 0.5rem 0 0;
    padding-inline-start: 2rem;
    color: var(--_text);
  }
  .provenance li {
    margin-block-end: 0.25rem;
    overflow-wrap: anywhere;
  }
  .provenance .raw {
    text-decoration: line-through;
  }
  .provenance .reason {
    color: var(--_muted);
  }
  [part~='follow'] {
    margin-inline-start: auto;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
  }
  [part~='follow'][aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_background);
  }
  [part~='follow'][aria-pressed='true']:hover {
    color: var(--_background);
  }
  .timestamp {
    margin-inline-end: auto;
    color: var(--_muted);
    font: 0.85rem/1.2 var(--_ui-font);
    font-variant-numeric: tabular-nums;
  }
  button.timestamp {
    padding: 0.2rem 0.5rem;
    min-block-size: 1.75rem;
  }
  .segment-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }
  [part~='speaker'] {
    font: 600 0.9rem/1.4 var(--_ui-font);
    color: var(--_muted);
  }
  .copy-link,
  .quote-passage {
    padding: 0.2rem 0.5rem;
    min-block-size: 1.75rem;
    color: var(--_muted);
  }
  /* Buttons are no words of the transcript: a selection (and a copy) passes over them. */
  .segment-header button,
  .quote-toolbar {
    user-select: none;
    -webkit-user-select: none;
  }
  /* At a selection (placed by script): above it, or below where the search bar would hide it. */
  .quote-toolbar {
    position: absolute;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    max-inline-size: min(22rem, 100%);
    margin: 0;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 20%);
  }
  .quote-toolbar button {
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
  }
  .quote-note {
    padding: 0.5rem 0.75rem;
    color: var(--_text);
    font: 0.9rem/1.4 var(--_ui-font);
  }
  .text {
    margin: 0.25rem 0 0;
  }
  [part~='match'] {
    background: var(--_mark);
    color: inherit;
    border-radius: 0.15em;
  }
  /* Matches painted by the browser (CSS Custom Highlight API): every match but the current one's segment. */
  ::highlight(verbatim-match) {
    background-color: var(--_mark);
  }
  /* The occurrence the reader is at: a thick underline inside the mark's box, so the spaces around it stay clear. */
  [part~='current-match'] {
    /* Longhands: WebKit drops the shorthand with a thickness in it. */
    text-decoration-line: underline;
    text-decoration-thickness: 0.18em;
    text-decoration-color: var(--_accent);
    text-decoration-skip-ink: none;
    text-underline-offset: 0.2em;
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  @media (forced-colors: active) {
    [part~='match'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    ::highlight(verbatim-match) {
      background-color: Highlight;
      color: HighlightText;
    }
    [part~='current-match'] {
      text-decoration-color: CanvasText;
    }
    /* A transparent border would be drawn in the text colour on every segment. */
    .segment {
      border-inline-start-color: Canvas;
    }
    .segment.linked,
    .segment.spoken {
      border-inline-start-color: Highlight;
    }
    .quote-toolbar {
      border-color: CanvasText;
    }
    [part~='follow'][aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
