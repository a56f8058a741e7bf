"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

/** Width of a distro column and of the pinned attribute column, in pixels (the table uses fixed layout). */
export const COLUMN_WIDTH = 224;
export const ATTRIBUTE_WIDTH = 192;
/** Below this many columns every column is rendered; above it only those in view (plus a margin). */
export const WINDOW_THRESHOLD = 12;
const OVERSCAN = 2;

export type ColumnRange = { start: number; end: number };

/**
 * Which distro columns to render: all of them for ordinary tables, and for
 * very wide ones only those scrolled into view, so an interaction re-renders
 * a few hundred cells rather than thousands.
 */
export function useColumnWindow(count: number): { ref: RefObject<HTMLDivElement | null>; range: ColumnRange; onScroll: () => void } {
  const ref = useRef<HTMLDivElement>(null);
  const windowed = count > WINDOW_THRESHOLD;
  const [range, setRange] = useState<ColumnRange>({ start: 0, end: windowed ? Math.min(count, 8) : count });
  const frame = useRef<number | null>(null);

  const measure = useCallback(() => {
    const el = ref.current;
    if (!windowed || !el) {
      setRange((r) => (r.start === 0 && r.end === count ? r : { start: 0, end: count }));
      return;
    }
    const left = Math.max(0, el.scrollLeft - ATTRIBUTE_WIDTH);
    const start = Math.max(0, Math.floor(left / COLUMN_WIDTH) - OVERSCAN);
    const end = Math.min(count, Math.ceil((left + el.clientWidth) / COLUMN_WIDTH) + OVERSCAN);
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  }, [count, windowed]);

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

  return { ref, range, onScroll };
}
