import { describe, expect, test } from "vitest";
import { prefixOffsets, visibleRange } from "@/lib/compare/grid-window";

describe("prefixOffsets", () => {
  test("runs items end to end", () => {
    expect(prefixOffsets([10, 20, 5])).toEqual([0, 10, 30, 35]);
    expect(prefixOffsets([])).toEqual([0]);
  });
});

describe("visibleRange", () => {
  const rows = prefixOffsets([34, 88, 88, 88, 34, 88, 88]); // two groups: header, rows…

  test("covers exactly the items in view without overscan", () => {
    expect(visibleRange(rows, 0, 100, 0)).toEqual({ start: 0, end: 2 });
    expect(visibleRange(rows, 122, 88, 0)).toEqual({ start: 2, end: 3 });
    expect(visibleRange(rows, 121, 2, 0)).toEqual({ start: 1, end: 3 });
  });

  test("widens by the overscan and stays inside the list", () => {
    expect(visibleRange(rows, 122, 88, 2)).toEqual({ start: 0, end: 5 });
    expect(visibleRange(rows, 10_000, 500, 1)).toEqual({ start: 5, end: 7 });
  });

  test("equal sizes give the same answer as division", () => {
    const cols = prefixOffsets(Array.from({ length: 50 }, () => 224));
    expect(visibleRange(cols, 224 * 10 + 5, 1400, 0)).toEqual({ start: 10, end: 17 });
  });

  test("an empty list or a negative scroll is safe", () => {
    expect(visibleRange([0], 0, 100, 2)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(rows, -50, 40, 0)).toEqual({ start: 0, end: 1 });
  });
});
