"use client";

import { lazy } from "react";
import { AttributeMatrix } from "@/components/matrix/attribute-matrix";
import { RenderWhenVisible } from "@/components/render-when-visible";
import { DistroPicker } from "@/components/selection/distro-picker";
import { useDistroSelection } from "@/components/selection/use-distro-selection";
import { groupByValue, groupChartHeight } from "@/lib/matrix/group";
import type { MatrixData } from "@/lib/data/views";

// Recharts is a separate chunk, fetched only on pages that draw a chart.
const GroupChart = lazy(() => import("@/components/matrix/group-chart"));

type Props = { data: MatrixData; groupKey: string; chartTitle: string; caption: string };

/** A matrix of chosen distros plus a chart grouping them; the selection lives in the URL. */
export function MatrixView({ data, groupKey, chartTitle, caption }: Props) {
  const [slugs, setSlugs] = useDistroSelection(data.distros);
  const distros = slugs.flatMap((s) => data.distros.filter((d) => d.slug === s));
  const values = data.attributes.find((a) => a.key === groupKey)?.values ?? [];
  const groups = groupByValue(
    distros.map((d) => ({ name: d.name, attribute: d.attributes[groupKey] })),
    values,
  );
  return (
    <div className="flex flex-col gap-6">
      <DistroPicker distros={data.distros} value={slugs} onChange={setSlugs} />
      <section aria-labelledby="matrix-heading" className="flex flex-col gap-2">
        <h2 id="matrix-heading" className="text-xl font-semibold">
          Matrix
        </h2>
        <AttributeMatrix attributes={data.attributes} distros={distros} caption={caption} />
      </section>
      <section aria-labelledby="chart-heading" className="grid gap-4 md:grid-cols-[3fr_2fr]">
        <div>
          <h2 id="chart-heading" className="text-xl font-semibold">
            {chartTitle}
          </h2>
          <RenderWhenVisible minHeight={groupChartHeight(groups.length)}>
            <GroupChart groups={groups} label={chartTitle} />
          </RenderWhenVisible>
        </div>
        <ul className="flex flex-col gap-2 self-center text-sm" data-testid="group-list">
          {groups.map((g) => (
            <li key={g.value}>
              <span className="font-medium">{g.label}</span> ({g.count}): {g.members.join(", ")}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
