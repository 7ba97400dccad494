/**
 * Term ids of words as written, looked up by their characters in place: an open-addressing
 * hash table over the text's character codes, so that reading a word already seen copies no
 * string out of the text and hashes none (a long transcript is mostly words seen before).
 */
export class WordIds {
  /** Per slot, the index of its word in `words`, or -1. */
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly ids: number[] = [];

  /** @param idOf - The term id of a word not seen before. */
  constructor(private readonly idOf: (word: string) => number) {}

  /** The term id of the word `text.slice(start, end)`. */
  get(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5; // FNV-1a
    for (let offset = start; offset < end; offset++) hash = Math.imul(hash ^ text.charCodeAt(offset), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]!; entry !== -1; entry = this.slots[slot]!) {
      const word = this.words[entry]!;
      if (this.hashes[entry] === hash && word.length === end - start && text.startsWith(word, start)) return this.ids[entry]!;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const id = this.idOf(word);
    this.slots[slot] = this.words.push(word) - 1;
    this.hashes.push(hash);
    this.ids.push(id);
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** Doubles the table, keeping it at most half full. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, entry) => {
      let slot = hash & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    });
  }
}
