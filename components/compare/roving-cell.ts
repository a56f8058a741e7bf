"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from "react";
import { moveInGrid } from "@/lib/compare/grid-nav";
import type { IndexRange } from "@/lib/compare/grid-window";

type Active = { row: string; slug: string };

type Options = {
  /** Attribute keys of the shown (not collapsed) rows, in order. */
  rowKeys: readonly string[];
  /** Distro slugs of the columns, in order. */
  slugs: readonly string[];
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** Distro columns rendered now (all, unless the grid is windowed). */
  columns: IndexRange;
  /** Where a row starts below the header, for scrolling a windowed grid to a row it has not rendered. */
  rowTop: (key: string) => number | undefined;
  columnWidth: number;
};

/** The cell button of a row and column, if rendered: the row's cells are its heading, a spacer when columns are skipped, then the rendered columns. */
function cellButton(scroller: HTMLElement | null, row: string, col: number, columns: IndexRange): HTMLButtonElement | null {
  if (!scroller || col < columns.start || col >= columns.end) return null;
  const tr = [...scroller.querySelectorAll<HTMLTableRowElement>("tr[data-row]")].find((r) => r.dataset.row === row);
  const td = tr?.cells[1 + (columns.start > 0 ? 1 : 0) + col - columns.start];
  return td?.querySelector("button") ?? null;
}

/**
 * Roving tabindex for the comparison grid: one cell is in the tab order,
 * arrow keys (and Home/End) move the focus between cells. In a windowed grid
 * a move to a cell not yet rendered scrolls to it first, then focuses it.
 */
export function useRovingCell({ rowKeys, slugs, scrollerRef, columns, rowTop, columnWidth }: Options) {
  const [chosen, setChosen] = useState<Active | null>(null);
  // A filtered-out row or removed distro hands the tab stop back to the first cell.
  const first = rowKeys[0];
  const firstSlug = slugs[0];
  const fallback = useMemo(() => (first !== undefined && firstSlug !== undefined ? { row: first, slug: firstSlug } : null), [first, firstSlug]);
  const active: Active | null = chosen && rowKeys.includes(chosen.row) && slugs.includes(chosen.slug) ? chosen : fallback;
  const pending = useRef(false);

  useEffect(() => {
    if (!pending.current || !active) return;
    const col = slugs.indexOf(active.slug);
    const button = cellButton(scrollerRef.current, active.row, col, columns);
    if (button) {
      pending.current = false;
      button.focus();
      return;
    }
    // Not rendered: bring it into the window; the scroll renders it and this effect runs again.
    const scroller = scrollerRef.current;
    const top = rowTop(active.row);
    if (!scroller || top === undefined) return;
    scroller.scrollTo({ top: Math.max(0, top - scroller.clientHeight / 2), left: Math.max(0, col * columnWidth - scroller.clientWidth / 2) });
  });

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const target = e.target as HTMLElement;
      if (!active || !target.classList.contains("compare-cell")) return;
      const at = { row: rowKeys.indexOf(active.row), col: slugs.indexOf(active.slug) };
      const next = moveInGrid(at, e.key, rowKeys.length, slugs.length, e.ctrlKey || e.metaKey);
      if (!next) return;
      e.preventDefault();
      const row = rowKeys[next.row];
      const slug = slugs[next.col];
      if (row === undefined || slug === undefined) return;
      pending.current = true;
      setChosen({ row, slug });
    },
    [active, rowKeys, slugs],
  );

  // A cell focused by click or programmatically becomes the tab stop.
  const onFocus = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const target = e.target as HTMLElement;
      if (!target.classList.contains("compare-cell")) return;
      const row = target.closest("tr")?.getAttribute("data-row");
      const td = target.closest("td");
      if (!row || !td) return;
      const col = td.cellIndex - 1 - (columns.start > 0 ? 1 : 0) + columns.start;
      const slug = slugs[col];
      if (slug && (active?.row !== row || active.slug !== slug)) setChosen({ row, slug });
    },
    [active, columns.start, slugs],
  );

  return { active, onKeyDown, onFocus };
}
