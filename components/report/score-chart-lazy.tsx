"use client";

import dynamic from "next/dynamic";

export type ChartProps = { rows: { name: string; points: number[] }[]; criteria: { key: string; label: string }[] };

// Recharts is large and browser-only; load it after the page (the table beside it carries the same numbers).
const ScoreChart = dynamic(() => import("@/components/report/score-chart"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600 dark:text-slate-400">Loading chart…</p>,
});

export function LazyScoreChart(props: ChartProps) {
  return (
    <figure className="mt-4" aria-label="Score breakdown chart">
      <ScoreChart {...props} />
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">Each bar is an option&apos;s score (0–100), split into the points each criterion adds; the table gives the same numbers.</figcaption>
    </figure>
  );
}
