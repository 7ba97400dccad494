/**
 * The range a reader selected in a shadow root, read the way each engine allows: Chromium's
 * `shadowRoot.getSelection()` gives its range; the standard `Selection.getComposedRanges()`
 * (Firefox, Safari, recent Chromium) gives a range into the shadow tree when the root is
 * named; without either, Firefox's `getRangeAt()` already reaches into the shadow tree.
 * Small and apart from selection.ts: the transcript asks it before loading its quoting code.
 */

type Boundaries = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset' | 'collapsed'>;

interface ComposedSelection {
  getComposedRanges?(options?: { shadowRoots: ShadowRoot[] }): StaticRange[];
}

/** The selection in `root`'s tree as a range, or undefined when nothing (or nothing there) is selected. */
export function selectedRange(root: ShadowRoot): Range | undefined {
  const own = (root as ShadowRoot & { getSelection?(): Selection | null }).getSelection?.();
  const selection = own ?? document.getSelection();
  if (!selection) return undefined;
  // WebKit's document selection of words in a shadow tree is retargeted to the host, and may read
  // as collapsed there: only the composed ranges say what is selected.
  let boundaries: Boundaries | undefined = selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const composed = selection as Selection & ComposedSelection;
  if (!own && composed.getComposedRanges && !(boundaries && root.contains(boundaries.startContainer))) {
    try {
      boundaries = composed.getComposedRanges({ shadowRoots: [root] })[0] ?? boundaries;
    } catch {
      // An engine with the older signature that takes the roots as arguments.
      boundaries = (composed.getComposedRanges as unknown as (...roots: ShadowRoot[]) => StaticRange[])(root)[0] ?? boundaries;
    }
  }
  if (!boundaries || boundaries.collapsed || !root.contains(boundaries.startContainer) || !root.contains(boundaries.endContainer)) return undefined;
  const range = document.createRange();
  range.setStart(boundaries.startContainer, boundaries.startOffset);
  range.setEnd(boundaries.endContainer, boundaries.endOffset);
  return range;
}

