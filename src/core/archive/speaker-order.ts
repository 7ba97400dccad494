let collator: Intl.Collator | undefined;

/**
 * How the archive's speaker names are sorted. The collator is made once: it loads locale data
 * the first time, which the element does while the page is idle. A module of its own, so that
 * the element can make it without loading the archive client.
 */
export const speakerOrder = (): Intl.Collator['compare'] => (collator ??= new Intl.Collator()).compare;
