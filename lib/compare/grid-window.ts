/** A half-open range of item indexes, [start, end). */
export type IndexRange = { start: number; end: number };

/** Start offsets of items laid end to end: offsets[i] is where item i starts, offsets[n] the total length. */
export function prefixOffsets(sizes: readonly number[]): number[] {
  const offsets = [0];
  for (const size of sizes) offsets.push((offsets[offsets.length - 1] ?? 0) + size);
  return offsets;
}

/** The index of the item that contains position `at` (the last item for positions at or past the end). */
function itemAt(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/**
 * The items that overlap the visible stretch [scroll, scroll + viewport), widened
 * by `overscan` items on each side so a short scroll shows no gap.
 */
export function visibleRange(offsets: readonly number[], scroll: number, viewport: number, overscan: number): IndexRange {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = itemAt(offsets, Math.max(0, scroll));
  const last = itemAt(offsets, Math.max(0, scroll + Math.max(0, viewport) - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}
