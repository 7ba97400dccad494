/** Edit distance between two short strings (ids), for "did you mean" messages. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The `count` ids closest to `wanted`: ids containing it first, then by edit distance. */
export function closestIds(wanted: string, ids: readonly string[], count = 3): string[] {
  const score = (id: string) => (id.includes(wanted) || wanted.includes(id) ? 0 : 1) * 1000 + distance(wanted, id);
  return [...ids].sort((a, b) => score(a) - score(b) || a.localeCompare(b)).slice(0, count);
}

/** A sentence for an unknown id: `No quote "q99". Closest: "q09", "q19", "q01".` */
export function unknownIdMessage(kind: string, wanted: string, ids: readonly string[]): string {
  if (ids.length === 0) return `No ${kind} "${wanted}": this transcript has no ${kind}s.`;
  const closest = closestIds(wanted, ids).map((id) => `"${id}"`).join(', ');
  return `No ${kind} "${wanted}" in this transcript. Closest: ${closest}.`;
}
