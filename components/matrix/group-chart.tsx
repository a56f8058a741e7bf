"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { groupChartHeight, type ValueGroup } from "@/lib/matrix/group";

function GroupTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }> }) {
  const g = payload?.[0]?.payload as ValueGroup | undefined;
  if (!active || !g) return null;
  return (
    <div className="rounded-md border border-slate-300 bg-white p-2 text-xs shadow dark:border-slate-600 dark:bg-slate-900">
      <p className="font-semibold">
        {g.label}: {g.count}
      </p>
      <ul>
        {g.members.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

/** Count of chosen distros per value, one horizontal bar each. */
export default function GroupChart({ groups, label }: { groups: ValueGroup[]; label: string }) {
  const max = Math.max(1, ...groups.map((g) => g.count));
  return (
    <div data-testid="group-chart" role="img" aria-label={`${label}; the list beside it names the distributions.`}>
      <ResponsiveContainer width="100%" height={groupChartHeight(groups.length)}>
        <BarChart data={groups} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" domain={[0, max]} allowDecimals={false} stroke="currentColor" fontSize={11} />
          <YAxis type="category" dataKey="label" width={150} stroke="currentColor" fontSize={11} interval={0} />
          <Tooltip content={<GroupTooltip />} cursor={{ fillOpacity: 0.08 }} />
          <Bar dataKey="count" name="Distributions" fill="#0284c7" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
