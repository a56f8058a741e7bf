import { describe, expect, test } from "vitest";
import { moveInGrid } from "@/lib/compare/grid-nav";

describe("moving the focus in the comparison grid", () => {
  const at = { row: 2, col: 1 };
  test("arrows move one cell and stop at the edges", () => {
    expect(moveInGrid(at, "ArrowDown", 5, 3)).toEqual({ row: 3, col: 1 });
    expect(moveInGrid(at, "ArrowUp", 5, 3)).toEqual({ row: 1, col: 1 });
    expect(moveInGrid(at, "ArrowRight", 5, 3)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid(at, "ArrowLeft", 5, 3)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid({ row: 4, col: 2 }, "ArrowDown", 5, 3)).toEqual({ row: 4, col: 2 });
    expect(moveInGrid({ row: 0, col: 0 }, "ArrowLeft", 5, 3)).toEqual({ row: 0, col: 0 });
  });
  test("Home and End go to the row's ends, with Ctrl to the grid's corners", () => {
    expect(moveInGrid(at, "Home", 5, 3)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid(at, "End", 5, 3)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid(at, "Home", 5, 3, true)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(at, "End", 5, 3, true)).toEqual({ row: 4, col: 2 });
  });
  test("other keys and empty grids are not moves", () => {
    expect(moveInGrid(at, "Enter", 5, 3)).toBeNull();
    expect(moveInGrid(at, "a", 5, 3)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, "ArrowDown", 0, 3)).toBeNull();
  });
});
