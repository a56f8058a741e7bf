"use client";

import { lazy, useCallback, useMemo } from "react";
import { parseAsBoolean, parseAsString, parseAsStringLiteral, useQueryState } from "nuqs";
import { IgnoredParamsNotice, useSearchParamsOnce } from "@/components/ignored-params-notice";
import { ignoredParams } from "@/lib/ignored-params";
import { ChartLegend } from "@/components/lifecycle/chart-legend";
import { EffectiveSupport } from "@/components/lifecycle/effective-support";
import { LifecycleTable } from "@/components/lifecycle/lifecycle-table";
import { RenderWhenVisible } from "@/components/render-when-visible";
import { SubscribeControl } from "@/components/lifecycle/subscribe-control";
import { DistroPicker } from "@/components/selection/distro-picker";
import { useDistroSelection } from "@/components/selection/use-distro-selection";
import { chartRows, lifecycleChartHeight } from "@/lib/timeline/chart-rows";
import { parseSort, serializeSort, SORT_LABEL, sortCycles, type CycleSort } from "@/lib/timeline/sort";
import { dayInWindow, timeWindow, WINDOW_LABEL, WINDOW_PRESETS, yearTicks, type WindowPreset } from "@/lib/timeline/status";
import { parsePicked, togglePicked, visibleCycles } from "@/lib/timeline/visible";
import type { LifecycleDistro } from "@/lib/data/views";

// Recharts is a separate chunk, fetched only on pages that draw a chart.
const LifecycleChart = lazy(() => import("@/components/lifecycle/lifecycle-chart"));

const windowParser = parseAsStringLiteral(WINDOW_PRESETS).withDefault("2018-2036");
const endedParser = parseAsBoolean.withDefault(false);

/**
 * /lifecycle: picker, window, "show ended", the cycles kept shown and the
 * table's sort live in the URL; the static render shows the defaults.
 */
export function LifecycleView({ distros, today }: { distros: LifecycleDistro[]; today: string }) {
  const [slugs, setSlugs] = useDistroSelection(distros);
  const [preset, setPreset] = useQueryState("window", windowParser);
  const [showEnded, setShowEnded] = useQueryState("ended", endedParser);
  const selected = slugs.flatMap((s) => distros.filter((d) => d.slug === s));
  const [rawPicked, setRawPicked] = useQueryState("cycles", parseAsString);
  const [rawSort, setRawSort] = useQueryState("sort", parseAsString);
  const all = selected.flatMap((d) => d.cycles.map((cycle) => ({ id: `${d.slug}/${cycle.name}`, slug: d.slug, distroName: d.name, cycle })));
  const pickedList = parsePicked(
    rawPicked,
    all.map((c) => c.id),
  );
  const picked = new Set(pickedList);
  const onTogglePicked = (id: string) => void setRawPicked(togglePicked(pickedList, id));
  const sort = useMemo(() => parseSort(rawSort), [rawSort]);
  const onSortChange = useCallback((next: CycleSort | null) => void setRawSort(serializeSort(next)), [setRawSort]);
  const visible = visibleCycles(all, { showEnded, picked, today });
  const shown = sortCycles(visible.shown, sort, today);
  const hidden = visible.hidden;
  const dates = shown
    .flatMap(({ cycle: c }) => [c.previewDate, c.releaseDate, c.standard?.end, c.maintenance?.end, c.extended?.end])
    .filter((d): d is string => Boolean(d));
  const window = timeWindow(preset, today, dates);
  const inputs = shown.map((c) => ({ id: c.id, distroName: c.distroName, cycleLabel: c.cycle.label, cycle: c.cycle }));
  const { rows, unplaced } = chartRows(inputs, window, today);
  const outside = shown.length - rows.length - unplaced.length;
  const width = dayInWindow(window.end, window) ?? 0;
  const params = useSearchParamsOnce();
  const ignored = useMemo(
    () =>
      ignoredParams(params, distros, [
        { name: "window", allowed: WINDOW_PRESETS },
        { name: "ended", allowed: ["true", "false"] },
        { name: "cycles" },
        { name: "sort" },
      ]),
    [params, distros],
  );
  return (
    <div className="flex flex-col gap-6">
      <IgnoredParamsNotice messages={ignored} />
      <div className="flex flex-col gap-3">
        <DistroPicker distros={distros} value={slugs} onChange={setSlugs} />
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <label className="flex items-center gap-2">
            Time window
            <select
              className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
              value={preset}
              onChange={(e) => void setPreset(e.target.value as WindowPreset)}
            >
              {WINDOW_PRESETS.map((p) => (
                <option key={p} value={p}>
                  {WINDOW_LABEL[p]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" className="h-4 w-4 accent-sky-700" checked={showEnded} onChange={(e) => void setShowEnded(e.target.checked)} />
            Show ended {hidden > 0 ? `(${hidden} hidden)` : ""}
          </label>
        </div>
      </div>
      <section aria-labelledby="timeline-heading" className="flex flex-col gap-2">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          Timeline
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Status: <span className="font-medium">Supported</span>, <span className="font-medium">Ends within 12 months</span>,{" "}
          <span className="font-medium">Paid support only</span> or <span className="font-medium">Ended</span>, judged on the support that needs no paid add-on
          (for an OS sold only by subscription, its maintenance tier). Hover a bar for the vendor&apos;s tier names.
          {sort ? ` Rows follow the table's order: ${SORT_LABEL[sort.id]}, ${sort.desc ? "descending" : "ascending"}.` : ""}
        </p>
        <ChartLegend />
        {rows.length > 0 ? (
          <RenderWhenVisible minHeight={lifecycleChartHeight(rows.length)}>
            <LifecycleChart rows={rows} width={width} todayDay={dayInWindow(today, window)} ticks={yearTicks(window)} />
          </RenderWhenVisible>
        ) : (
          <p className="text-sm">No release cycle of the chosen distributions falls in this window.</p>
        )}
        <ul className="text-sm text-slate-700 dark:text-slate-300" data-testid="chart-notes">
          {unplaced.map((u) => (
            <li key={u.id}>
              {u.cycleLabel} ({u.distroName}): release date not published, so it is not on the chart; see the table.
            </li>
          ))}
          {outside > 0 ? (
            <li>
              {outside} cycle{outside > 1 ? "s" : ""} lie outside the chosen window.
            </li>
          ) : null}
          {shown
            .filter((c) => c.kept)
            .map((c) => (
              <li key={`kept-${c.id}`}>
                {c.cycle.label} has ended; it is shown because you selected {c.kept === "picked" ? "it" : c.distroName}.
              </li>
            ))}
          {hidden > 0 ? (
            <li>
              {hidden} ended cycle{hidden > 1 ? "s are" : " is"} hidden; tick “Show ended” to list {hidden > 1 ? "them" : "it"}.
            </li>
          ) : null}
        </ul>
      </section>
      <section aria-labelledby="table-heading" className="flex flex-col gap-2">
        <h2 id="table-heading" className="text-xl font-semibold">
          Release cycles
        </h2>
        <LifecycleTable cycles={shown} today={today} sort={sort} onSortChange={onSortChange} picked={picked} onTogglePicked={onTogglePicked} />
      </section>
      <SubscribeControl slugs={slugs} />
      <EffectiveSupport distros={selected} />
    </div>
  );
}
