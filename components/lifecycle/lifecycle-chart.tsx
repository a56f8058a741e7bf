"use client";

import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { TIER_STYLES, TierPatternDefs, TierRect } from "@/components/lifecycle/tier-style";
import { lifecycleChartHeight, type ChartRow } from "@/lib/timeline/chart-rows";

export type LifecycleChartProps = {
  rows: ChartRow[];
  /** Window length in days; the axis runs 0..width. */
  width: number;
  todayDay: number | null;
  ticks: { day: number; year: number }[];
};

// One chart per page, so fixed ids for its patterns are unique.
const PREFIX = "lifecycle-chart";
const OPEN_LABEL = "end not published →";

// Phones get a narrower label column and every other year on the axis. The
// chart only renders in the browser (lazy, once in view), so no server value is needed.
const NARROW = "(max-width: 640px)";
function subscribeNarrow(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

function RowTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }> }) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="max-w-xs rounded-md border border-slate-300 bg-white p-2 text-xs shadow dark:border-slate-600 dark:bg-slate-900">
      <p className="font-semibold">{row.label}</p>
      <p>Status: {row.statusLabel}</p>
      <ul className="mt-1">
        {row.details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A tier's piece of a row: hatched and labelled "paid" when it needs a paid
 * subscription or add-on, fading out with "end not published" when its end is
 * open. Labels are drawn only where they fit.
 */
function tierShape(kind: (typeof TIER_STYLES)[number]["key"], fill: string) {
  return function TierShape(props: BarShapeProps) {
    const row = props.payload as ChartRow | undefined;
    const { x, y, width, height } = props;
    if (!row || !(width > 0)) return <g />;
    const paid = kind !== "preview" && row.paid[kind];
    const open = row.open === kind;
    const midY = y + height / 2;
    return (
      <g data-tier={kind} data-paid={paid ? "true" : undefined} data-open={open ? "true" : undefined}>
        <TierRect prefix={PREFIX} x={x} y={y} width={width} height={height} fill={fill} paid={paid} open={open} />
        {open && width >= 112 ? (
          <text x={x + width - 4} y={midY} textAnchor="end" dominantBaseline="central" fontSize={10} fill="currentColor">
            {OPEN_LABEL}
          </text>
        ) : null}
        {paid && !open && width >= 34 ? (
          <text x={x + 4} y={midY} dominantBaseline="central" fontSize={10} fontWeight={600} fill="#ffffff" stroke={fill} strokeWidth={3} paintOrder="stroke">
            paid
          </text>
        ) : null}
      </g>
    );
  };
}

const SHAPES = Object.fromEntries(TIER_STYLES.map((t) => [t.key, tierShape(t.key, t.fill)]));

/** The Gantt chart: per cycle an invisible offset, then preview and tier bars stacked in time order. */
export default function LifecycleChart({ rows, width, todayDay, ticks }: LifecycleChartProps) {
  const compact = useNarrow();
  const height = lifecycleChartHeight(rows.length);
  const yearOf = new Map(ticks.map((t) => [t.day, t.year]));
  const shownTicks = compact && ticks.length > 8 ? ticks.filter((_, i) => i % 2 === 0) : ticks;
  return (
    <div data-testid="lifecycle-chart" role="img" aria-label={`Timeline of ${rows.length} release cycles; the table below has the same data.`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout="vertical" margin={{ top: 24, right: compact ? 8 : 16, bottom: 4, left: 4 }} barCategoryGap={6}>
          <TierPatternDefs prefix={PREFIX} />
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            domain={[0, width]}
            ticks={shownTicks.map((t) => t.day)}
            tickFormatter={(d: number) => String(yearOf.get(d) ?? "")}
            allowDataOverflow
            stroke="currentColor"
            fontSize={11}
          />
          <YAxis
            type="category"
            dataKey={compact ? "compactLabel" : "label"}
            width={compact ? 112 : 200}
            stroke="currentColor"
            fontSize={compact ? 10 : 11}
            interval={0}
          />
          <Tooltip content={<RowTooltip />} cursor={{ fillOpacity: 0.08 }} />
          <Bar dataKey="offset" stackId="t" fill="transparent" legendType="none" isAnimationActive={false} />
          {TIER_STYLES.map((t) => (
            <Bar key={t.key} dataKey={t.key} name={t.label} stackId="t" fill={t.fill} shape={SHAPES[t.key]} isAnimationActive={false} />
          ))}
          {todayDay !== null ? (
            <ReferenceLine
              x={todayDay}
              stroke="#dc2626"
              strokeWidth={2}
              label={{ value: "Today", position: "top", fill: "#dc2626", fontSize: 12 }}
              ifOverflow="extendDomain"
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
