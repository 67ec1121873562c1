/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that `seed:national` builds the same
 * dataset from the same seed on any machine. Not for anything secret.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i += 1) this.uint32();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A version 4 uuid drawn from this generator (deterministic, lowercase). */
  uuid(): string {
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    const w1 = this.uint32();
    const w2 = ((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0;
    const w3 = ((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0;
    const w4 = this.uint32();
    const s = hex(w1) + hex(w2) + hex(w3) + hex(w4);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

/** Draws indexes in proportion to their weights (cumulative sums and a binary search: O(log n) a draw). */
export class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i += 1) {
      total += Math.max(0, weights[i]);
      this.cumulative[i] = total;
    }
    if (total <= 0) throw new Error('WeightedPicker: no positive weight');
  }

  pick(random: SeededRandom): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * `k` distinct indexes drawn without replacement in proportion to their weights (Efraimidis–Spirakis: the k largest
 * `u^(1/w)`), in the order of their keys, largest first.
 */
export function sampleWithoutReplacement(random: SeededRandom, weights: readonly number[], k: number): number[] {
  const keys = weights.map((w, i) => ({ i, key: w > 0 ? Math.log(random.next() || Number.MIN_VALUE) / w : -Infinity }));
  keys.sort((x, y) => y.key - x.key || x.i - y.i);
  return keys.slice(0, Math.min(k, keys.length)).map((k2) => k2.i);
}
