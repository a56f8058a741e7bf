"use client";

import { useMemo } from "react";
import { useTable } from "@tanstack/react-table";
import { ATTRIBUTE_COLUMN, buildColumns } from "@/components/compare/columns";
import { ATTRIBUTE_WIDTH, COLUMN_WIDTH, WINDOW_THRESHOLD, useColumnWindow } from "@/components/compare/column-window";
import { tableFeatures } from "@/components/compare/table-features";
import { TableRow } from "@/components/compare/table-row";
import type { Group } from "@/lib/compare/types";
import type { ComparisonView } from "@/lib/compare/view";

type Props = {
  view: ComparisonView;
  highlight: boolean;
  onToggleGroup: (group: Group) => void;
  onOpenCell: (slug: string, key: string) => void;
};

const HEAD = "sticky top-0 border-b border-slate-300 bg-slate-50 p-2 align-bottom font-semibold dark:border-slate-700 dark:bg-slate-900";

/** The comparison grid: a distro per column, attribute rows under collapsible group headings. */
export function DataTable({ view, highlight, onToggleGroup, onOpenCell }: Props) {
  const slugs = view.columns.map((d) => d.slug).join(",");
  const baseline = view.baseline?.slug ?? null;
  // Rebuild column definitions only when the columns, the baseline or the highlight switch change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const columns = useMemo(() => buildColumns(view.columns, view.baseline, { highlight, onOpen: onOpenCell }), [slugs, baseline, highlight, onOpenCell]);
  const data = useMemo(() => view.groups.flatMap((g) => g.rows), [view.groups]);
  const columnOrder = useMemo(() => [ATTRIBUTE_COLUMN, ...slugs.split(",")], [slugs]);
  const table = useTable({
    features: tableFeatures,
    columns,
    data,
    getRowId: (row) => row.attr.key,
    state: { columnOrder, columnPinning: { start: [ATTRIBUTE_COLUMN], end: [] } },
  });
  const count = view.columns.length;
  const windowed = count > WINDOW_THRESHOLD;
  const { ref, range, onScroll } = useColumnWindow(count);
  const rowsByKey = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const distroHeaders = headers.filter((h) => h.column.id !== ATTRIBUTE_COLUMN);
  const attributeHeader = headers.find((h) => h.column.id === ATTRIBUTE_COLUMN);
  const rendered = 1 + (range.start > 0 ? 1 : 0) + (range.end - range.start) + (range.end < count ? 1 : 0);

  return (
    <div ref={ref} onScroll={onScroll} className="relative max-h-[calc(100vh-6rem)] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800" data-testid="compare-scroller">
      <table
        className="table-fixed border-separate border-spacing-0 text-left text-sm"
        style={windowed ? { width: ATTRIBUTE_WIDTH + count * COLUMN_WIDTH } : { width: "100%", minWidth: ATTRIBUTE_WIDTH + count * 200 }}
        aria-colcount={count + 1}
      >
        <caption className="sr-only">
          Comparison of {view.columns.map((d) => d.name).join(", ")}
          {view.baseline ? `, against the baseline ${view.baseline.name}` : ""}
        </caption>
        <colgroup>
          <col style={{ width: ATTRIBUTE_WIDTH }} />
          {range.start > 0 ? <col style={{ width: range.start * COLUMN_WIDTH }} /> : null}
          {distroHeaders.slice(range.start, range.end).map((h) => (
            <col key={h.id} style={windowed ? { width: COLUMN_WIDTH } : undefined} />
          ))}
          {range.end < count ? <col style={{ width: (count - range.end) * COLUMN_WIDTH }} /> : null}
        </colgroup>
        <thead>
          <tr>
            {attributeHeader ? (
              <th scope="col" className={`${HEAD} left-0 z-30`}>
                <table.FlexRender header={attributeHeader} />
              </th>
            ) : null}
            {range.start > 0 ? <th aria-hidden="true" className={`${HEAD} z-20`} /> : null}
            {distroHeaders.slice(range.start, range.end).map((h, i) => (
              <th key={h.id} scope="col" aria-colindex={range.start + i + 2} className={`${HEAD} z-20`}>
                <table.FlexRender header={h} />
              </th>
            ))}
            {range.end < count ? <th aria-hidden="true" className={`${HEAD} z-20`} /> : null}
          </tr>
        </thead>
        {view.groups.map((g) => (
          <tbody key={g.group} data-group={g.group}>
            <tr>
              <th colSpan={rendered} scope="colgroup" className="border-b border-slate-200 bg-slate-100 p-0 text-left dark:border-slate-800 dark:bg-slate-800/60">
                <button type="button" aria-expanded={!g.collapsed} onClick={() => onToggleGroup(g.group)} className="sticky left-0 flex items-center gap-2 px-2 py-1.5 font-semibold">
                  <span aria-hidden="true">{g.collapsed ? "▸" : "▾"}</span>
                  {g.group}
                  <span className="font-normal text-slate-600 dark:text-slate-400">({g.rows.length})</span>
                </button>
              </th>
            </tr>
            {g.collapsed
              ? null
              : g.rows.map((r) => {
                  const row = rowsByKey.get(r.attr.key);
                  return row ? <TableRow key={row.id} row={row} highlight={highlight} range={range} total={count} /> : null;
                })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
