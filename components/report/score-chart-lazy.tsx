"use client";

import { lazy } from "react";
import { RenderWhenVisible } from "@/components/render-when-visible";

export type ChartProps = { rows: { name: string; points: number[] }[]; criteria: { key: string; label: string }[] };

/** Height in pixels of the score chart for a number of options. */
export function scoreChartHeight(rowCount: number): number {
  return 60 + rowCount * 44;
}

// Recharts is large and browser-only; load it after the page (the table beside it carries the same numbers).
const ScoreChart = lazy(() => import("@/components/report/score-chart"));

export function LazyScoreChart(props: ChartProps) {
  return (
    <figure className="mt-4" aria-label="Score breakdown chart">
      <RenderWhenVisible minHeight={scoreChartHeight(props.rows.length)}>
        <ScoreChart {...props} />
      </RenderWhenVisible>
      <figcaption className="mt-1 text-xs muted">
        Each bar is an option&apos;s score (0–100), split into the points each criterion adds; the table gives the same numbers.
      </figcaption>
    </figure>
  );
}
