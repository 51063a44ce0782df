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

  /** a bit for every stored key (see mayHave; built on first use), and the shift that picks a key's bit */
  private filter: Int32Array | null = null;
  private filterShift = 0;

  /**
   * False when no key h is stored (true: perhaps). A bitmap of 16 bits per key, small enough to stay in the caches,
   * so that the lookups that find nothing (most of them, for the name lists) rarely read the table itself.
   */
  mayHave(h: number): boolean {
    const f = this.filter ?? this.buildFilter();
    const k = h === 0 ? 1 : h;
    const b = Math.imul(k, 0x9e3779b1) >>> this.filterShift;
    return ((f[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  }

  private buildFilter(): Int32Array {
    let n = 0;
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) n++;
    let bits = 10;
    while (1 << bits < 16 * n) bits++;
    const f = new Int32Array(1 << (bits - 5));
    this.filterShift = 32 - bits;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i] as number;
      if (k === 0) continue;
      const b = Math.imul(k, 0x9e3779b1) >>> this.filterShift;
      f[b >>> 5] = (f[b >>> 5] as number) | (1 << (b & 31));
    }
    this.filter = f;
    return f;
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
