"use client";

import { useMemo } from "react";
import { useTable, type Column } from "@tanstack/react-table";
import { ATTRIBUTE_COLUMN, buildColumns } from "@/components/compare/columns";
import { tableFeatures, type CompareFeatures } from "@/components/compare/table-features";
import type { Group } from "@/lib/compare/types";
import type { ComparisonView, ViewRow } from "@/lib/compare/view";

type Props = {
  view: ComparisonView;
  highlight: boolean;
  onToggleGroup: (group: Group) => void;
  onOpenCell: (slug: string, key: string) => void;
};

const PINNED = "sticky left-0 z-10 bg-white dark:bg-slate-950";

function pinnedClass(column: Column<CompareFeatures, ViewRow, unknown>): string {
  return column.getIsPinned() === "start" ? PINNED : "";
}

/** The comparison grid: a distro per column, attribute rows under collapsible group headings. */
export function DataTable({ view, highlight, onToggleGroup, onOpenCell }: Props) {
  const columns = useMemo(() => buildColumns(view.columns, view.baseline, { highlight, onOpen: onOpenCell }), [view.columns, view.baseline, highlight, onOpenCell]);
  const data = useMemo(() => view.groups.flatMap((g) => g.rows), [view.groups]);
  const columnOrder = useMemo(() => [ATTRIBUTE_COLUMN, ...view.columns.map((d) => d.slug)], [view.columns]);
  const table = useTable({
    features: tableFeatures,
    columns,
    data,
    getRowId: (row) => row.attr.key,
    state: { columnOrder, columnPinning: { start: [ATTRIBUTE_COLUMN], end: [] } },
  });
  const rowsByKey = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const width = view.columns.length + 1;

  return (
    <div className="relative max-h-[calc(100vh-6rem)] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800" data-testid="compare-scroller">
      <table className="w-full border-separate border-spacing-0 text-left text-sm">
        <caption className="sr-only">
          Comparison of {view.columns.map((d) => d.name).join(", ")}
          {view.baseline ? `, against the baseline ${view.baseline.name}` : ""}
        </caption>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => (
                <th
                  key={h.id}
                  scope="col"
                  className={`sticky top-0 border-b border-slate-300 bg-slate-50 p-2 align-bottom font-semibold dark:border-slate-700 dark:bg-slate-900 ${h.column.getIsPinned() ? "left-0 z-30 w-48 min-w-40" : "z-20 min-w-48"}`}
                >
                  <table.FlexRender header={h} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        {view.groups.map((g) => (
          <tbody key={g.group} data-group={g.group}>
            <tr>
              <th colSpan={width} scope="colgroup" className="border-b border-slate-200 bg-slate-100 p-0 text-left dark:border-slate-800 dark:bg-slate-800/60">
                <button
                  type="button"
                  aria-expanded={!g.collapsed}
                  onClick={() => onToggleGroup(g.group)}
                  className="sticky left-0 flex items-center gap-2 px-2 py-1.5 font-semibold"
                >
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
                  if (!row) return null;
                  const differs = highlight && !r.agree;
                  return (
                    <tr key={row.id} data-row={r.attr.key} className={differs ? "bg-amber-50/60 dark:bg-amber-950/30" : ""}>
                      {row.getAllCells().map((cell) =>
                        cell.column.id === ATTRIBUTE_COLUMN ? (
                          <th key={cell.id} scope="row" className={`border-b border-slate-200 p-2 align-top font-normal dark:border-slate-800 ${pinnedClass(cell.column)} ${differs ? "border-l-4 border-l-amber-400" : ""}`}>
                            <table.FlexRender cell={cell} />
                          </th>
                        ) : (
                          <td key={cell.id} className="border-b border-slate-200 p-1 align-top dark:border-slate-800">
                            <table.FlexRender cell={cell} />
                          </td>
                        ),
                      )}
                    </tr>
                  );
                })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
