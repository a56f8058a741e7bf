"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import { prefixOffsets, visibleRange, type IndexRange } from "@/lib/compare/grid-window";

/** Above this many distro columns the table becomes a fixed grid and renders only what is in view. */
export const WINDOW_THRESHOLD = 12;
/** Sizes of the fixed grid, in pixels: distro column, attribute row, group heading row. */
export const COLUMN_WIDTH = 224;
/** The pinned attribute column's width on screens 40rem and wider (--attr-w in globals.css): the grid measures the column, and assumes this until it can. */
const ATTRIBUTE_WIDTH = 192;
export const ROW_HEIGHT = 88;
export const GROUP_ROW_HEIGHT = 34;
const OVERSCAN_COLUMNS = 2;
const OVERSCAN_ROWS = 4;
// What a wide table renders before it has been measured (the server render, the first paint).
const INITIAL_COLUMNS = 8;
const INITIAL_ROWS = 24;

export type GridWindow = {
  windowed: boolean;
  scrollerRef: RefObject<HTMLDivElement | null>;
  headRef: RefObject<HTMLTableSectionElement | null>;
  columns: IndexRange;
  rows: IndexRange;
  /** Start of each row item below the header (offsets[i]), and the total height (offsets[n]). */
  rowOffsets: number[];
  onScroll: () => void;
};

/**
 * Which distro columns and which row items (group headings and attribute
 * rows) to render. Ordinary tables render everything. Very wide ones use fixed
 * column widths and row heights and render only the cells scrolled into view
 * (plus a margin), so an interaction updates a few hundred cells, not thousands.
 */
export function useGridWindow(columnCount: number, rowKinds: readonly ("group" | "row")[]): GridWindow {
  // Printed, the grid renders every row and column: paper has no scrolling.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  const windowed = columnCount > WINDOW_THRESHOLD && !printing;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const rowOffsets = useMemo(() => prefixOffsets(rowKinds.map((k) => (k === "group" ? GROUP_ROW_HEIGHT : ROW_HEIGHT))), [rowKinds]);
  const columnOffsets = useMemo(() => prefixOffsets(Array.from({ length: columnCount }, () => COLUMN_WIDTH)), [columnCount]);
  const rowCount = rowKinds.length;
  const [measuredColumns, setColumns] = useState<IndexRange | null>(null);
  const [measuredRows, setRows] = useState<IndexRange | null>(null);
  const frame = useRef<number | null>(null);

  const measure = useCallback(() => {
    const el = scrollerRef.current;
    if (!windowed || !el) return;
    const head = headRef.current?.offsetHeight ?? 0;
    const attribute = headRef.current?.querySelector("th")?.offsetWidth || ATTRIBUTE_WIDTH;
    const same = (r: IndexRange) => (prev: IndexRange | null) => (prev && prev.start === r.start && prev.end === r.end ? prev : r);
    // The pinned attribute column and the sticky header cover part of the window: what shows of the
    // distro columns starts at scrollLeft (in their own coordinates) and is narrower by that column.
    setColumns(same(visibleRange(columnOffsets, el.scrollLeft, el.clientWidth - attribute, OVERSCAN_COLUMNS)));
    setRows(same(visibleRange(rowOffsets, el.scrollTop, el.clientHeight - head, OVERSCAN_ROWS)));
  }, [windowed, columnOffsets, rowOffsets]);

  useEffect(() => {
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [measure]);

  const onScroll = useCallback(() => {
    if (!windowed || frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      measure();
    });
  }, [measure, windowed]);

  // Stable objects: memoised rows compare the column range by identity.
  const columns = useMemo(
    () => (windowed ? clamp(measuredColumns ?? { start: 0, end: INITIAL_COLUMNS }, columnCount) : { start: 0, end: columnCount }),
    [windowed, measuredColumns, columnCount],
  );
  const rows = useMemo(
    () => (windowed ? clamp(measuredRows ?? { start: 0, end: INITIAL_ROWS }, rowCount) : { start: 0, end: rowCount }),
    [windowed, measuredRows, rowCount],
  );
  return { windowed, scrollerRef, headRef, columns, rows, rowOffsets, onScroll };
}

function clamp(r: IndexRange, n: number): IndexRange {
  return { start: Math.min(r.start, n), end: Math.min(r.end, n) };
}
