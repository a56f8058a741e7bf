"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLOURS } from "@/lib/report/chart-colours";
import { scoreChartHeight, type ChartProps } from "@/components/report/score-chart-lazy";

/** Stacked bars: each option's score split into the points each criterion contributes. */
export default function ScoreChart({ rows, criteria }: ChartProps) {
  const data = rows.map((r) => ({ name: r.name, ...Object.fromEntries(r.points.map((p, i) => [criteria[i]?.key ?? i, Math.round(p * 10) / 10])) }));
  return (
    <ResponsiveContainer width="100%" height={scoreChartHeight(rows.length)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tick={{ fill: "currentColor", fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fill: "currentColor", fontSize: 12 }} />
        <Tooltip contentStyle={{ color: "#0f172a" }} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {criteria.map((c, i) => (
          <Bar key={c.key} dataKey={c.key} name={c.label} stackId="score" fill={CHART_COLOURS[i % CHART_COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
