"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { lifecycleChartHeight, type ChartRow } from "@/lib/timeline/chart-rows";

export type LifecycleChartProps = {
  rows: ChartRow[];
  /** Window length in days; the axis runs 0..width. */
  width: number;
  todayDay: number | null;
  ticks: { day: number; year: number }[];
};

const TIERS = [
  { key: "preview", label: "Preview", fill: "#94a3b8" },
  { key: "standard", label: "Standard support", fill: "#059669" },
  { key: "maintenance", label: "Maintenance / security", fill: "#0284c7" },
  { key: "extended", label: "Extended support", fill: "#7c3aed" },
] as const;

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

/** The Gantt chart: per cycle an invisible offset, then preview and tier bars stacked in time order. */
export default function LifecycleChart({ rows, width, todayDay, ticks }: LifecycleChartProps) {
  const height = lifecycleChartHeight(rows.length);
  const yearOf = new Map(ticks.map((t) => [t.day, t.year]));
  return (
    <div data-testid="lifecycle-chart" role="img" aria-label={`Timeline of ${rows.length} release cycles; the table below has the same data.`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout="vertical" margin={{ top: 24, right: 16, bottom: 4, left: 4 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" domain={[0, width]} ticks={ticks.map((t) => t.day)} tickFormatter={(d: number) => String(yearOf.get(d) ?? "")} allowDataOverflow stroke="currentColor" fontSize={11} />
          <YAxis type="category" dataKey="label" width={170} stroke="currentColor" fontSize={11} interval={0} />
          <Tooltip content={<RowTooltip />} cursor={{ fillOpacity: 0.08 }} />
          <Legend verticalAlign="bottom" itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="offset" stackId="t" fill="transparent" legendType="none" isAnimationActive={false} />
          {TIERS.map((t) => (
            <Bar key={t.key} dataKey={t.key} name={t.label} stackId="t" fill={t.fill} isAnimationActive={false}>
              <LabelList
                position="insideRight"
                fill="#ffffff"
                fontSize={10}
                valueAccessor={(_entry: unknown, i: number) => (rows[i]?.open === t.key ? "end not published →" : "")}
              />
            </Bar>
          ))}
          {todayDay !== null ? (
            <ReferenceLine x={todayDay} stroke="#dc2626" strokeWidth={2} label={{ value: "Today", position: "top", fill: "#dc2626", fontSize: 12 }} ifOverflow="extendDomain" />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
