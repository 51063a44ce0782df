// Open-addressing table from a word hash to a small value, in typed arrays (no Map, no per-lookup allocation).
// Key 0 marks an empty slot (a hash of 0 is stored as 1); an unseen word reads as 0.

export class IntHashTable<V extends Int32Array | Uint8Array> {
  readonly keys: Int32Array;
  readonly values: V;
  private readonly mask: number;

  constructor(keys: Int32Array, values: V) {
    if (keys.length === 0 || (keys.length & (keys.length - 1)) !== 0) throw new Error('hash table size must be a power of two');
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
  }

  /** Value of the word whose hash is h (0 when unseen). */
  get(h: number): number {
    const k = h === 0 ? 1 : h;
    for (let i = (k ^ (k >>> 15)) & this.mask; ; i = (i + 1) & this.mask) {
      const s = this.keys[i] as number;
      if (s === 0) return 0;
      if (s === k) return this.values[i] as number;
    }
  }
}

/** Lays out (hash, value) entries in a power-of-two table at most half full. */
export function packEntries<V extends Int32Array | Uint8Array>(
  entries: ReadonlyArray<readonly [number, number]>,
  makeValues: (size: number) => V,
): [Int32Array, V] {
  let size = 1024;
  while (size < entries.length * 2) size *= 2;
  const keys = new Int32Array(size);
  const values = makeValues(size);
  const mask = size - 1;
  for (const [h, v] of entries) {
    const k = h === 0 ? 1 : h;
    let i = (k ^ (k >>> 15)) & mask;
    while (keys[i] !== 0 && keys[i] !== k) i = (i + 1) & mask;
    keys[i] = k;
    values[i] = v;
  }
  return [keys, values];
}
