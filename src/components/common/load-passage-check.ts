/** The passage checker and its marks, loaded on first use (see passage-check.ts). */
export const loadPassageCheck = () => import('./passage-check.js');
export type PassageCheckModule = Awaited<ReturnType<typeof loadPassageCheck>>;

/** "1st", "2nd", "3rd", "11th", "22nd": English ordinals for the default strings. */
export function ordinal(count: number): string {
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${count}${suffixes[new Intl.PluralRules('en', { type: 'ordinal' }).select(count)] ?? 'th'}`;
}
