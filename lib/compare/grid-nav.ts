/** A cell of the comparison grid by position: row among the shown attribute rows, column among the shown distros. */
export type GridPosition = { row: number; col: number };

/**
 * Where a key moves the focus in a grid of `rows` × `cols` cells (the ARIA
 * grid pattern): arrows by one cell, stopping at the edges; Home and End to
 * the row's first and last cell, with Ctrl (or ⌘) to the grid's. Null when
 * the key is not a grid move.
 */
export function moveInGrid(at: GridPosition, key: string, rows: number, cols: number, toCorner = false): GridPosition | null {
  if (rows === 0 || cols === 0) return null;
  const clamp = (r: number, c: number): GridPosition => ({ row: Math.min(rows - 1, Math.max(0, r)), col: Math.min(cols - 1, Math.max(0, c)) });
  switch (key) {
    case "ArrowUp":
      return clamp(at.row - 1, at.col);
    case "ArrowDown":
      return clamp(at.row + 1, at.col);
    case "ArrowLeft":
      return clamp(at.row, at.col - 1);
    case "ArrowRight":
      return clamp(at.row, at.col + 1);
    case "Home":
      return clamp(toCorner ? 0 : at.row, 0);
    case "End":
      return clamp(toCorner ? rows - 1 : at.row, cols - 1);
    default:
      return null;
  }
}
