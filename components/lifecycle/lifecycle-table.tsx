"use client";

import { useMemo, type ReactNode } from "react";
import {
  createColumnHelper,
  flexRender,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures as defineFeatures,
  useTable,
  type CellContext,
  type ColumnDef,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { SourceCitation } from "@/components/source-citation";
import { SupportBadge } from "@/components/support-badge";
import { TierCell } from "@/components/tier-cell";
import { formatDate } from "@/lib/lifecycle";
import { cycleStatus } from "@/lib/timeline/status";
import { SORT_LABEL, type CycleSort, type SortColumn } from "@/lib/timeline/sort";
import type { VisibleCycle } from "@/lib/timeline/visible";
import type { LifecycleCycle } from "@/lib/data/views";

export type TableCycle = VisibleCycle<{ id: string; slug: string; distroName: string; cycle: LifecycleCycle }>;

type TableMeta = { today: string; picked: ReadonlySet<string>; onTogglePicked: (id: string) => void };

// Sorting only: the rows arrive already ordered by lib/timeline/sort (the
// chart follows the same order), so the table keeps the sort state and the
// header buttons, not a second sorted copy.
const features = defineFeatures({ rowSortingFeature, tableMeta: metaHelper<TableMeta>() });
type Features = typeof features;
// What the cells read from their context; narrower than CellContext, so one type serves accessor and display columns.
type Cell = Pick<CellContext<Features, TableCycle, unknown>, "row" | "table">;

const helper = createColumnHelper<Features, TableCycle>();

function CycleCell({ row, table }: Cell) {
  const { id, distroName, cycle, ended, kept } = row.original;
  const meta = table.options.meta;
  const labelId = `cycle-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const picked = meta?.picked.has(id) ?? false;
  return (
    <>
      <span id={labelId}>{cycle.label}</span>
      {cycle.label.includes(distroName) ? null : <span className="block text-xs font-normal muted">{distroName}</span>}
      {kept ? (
        <span className="block text-xs font-normal" data-testid="kept-note">
          Ended; shown because you selected {kept === "picked" ? "it" : distroName}.
        </span>
      ) : null}
      {ended && meta ? (
        <button
          type="button"
          aria-pressed={picked}
          aria-describedby={labelId}
          className="mt-1 block rounded border border-slate-300 px-1.5 py-0.5 text-xs font-normal aria-pressed:bg-sky-100 aria-pressed:text-sky-900 dark:border-slate-600 dark:aria-pressed:bg-sky-900 dark:aria-pressed:text-sky-100"
          onClick={() => meta.onTogglePicked(id)}
        >
          Keep shown
        </button>
      ) : null}
    </>
  );
}

function ReleasedCell({ row }: Cell) {
  const c = row.original.cycle;
  return (
    <>
      {c.releaseDate ? formatDate(c.releaseDate) : "Release date not published"}
      {c.previewDate ? <span className="block text-xs muted">preview from {formatDate(c.previewDate)}</span> : null}
    </>
  );
}

function tierCell(key: "standard" | "maintenance" | "extended") {
  return function Tier({ row, table }: Cell) {
    return <TierCell tier={row.original.cycle[key]} today={table.options.meta?.today ?? ""} />;
  };
}

function StatusCell({ row, table }: Cell) {
  return <SupportBadge state={cycleStatus(row.original.cycle, table.options.meta?.today ?? "")} />;
}

function SourcesCell({ row }: Cell) {
  const c = row.original.cycle;
  return (
    <details>
      <summary className="cursor-pointer text-xs">
        {c.sources.length} source{c.sources.length === 1 ? "" : "s"}
        {c.note ? " and a note" : ""}
      </summary>
      {c.note ? <p className="mt-1 text-xs">{c.note}</p> : null}
      <ul className="mt-1 flex flex-col gap-1">
        {c.sources.map((s) => (
          <li key={s.id}>
            <SourceCitation source={s} quote={s.quote} />
          </li>
        ))}
      </ul>
    </details>
  );
}

// The accessors only make a column sortable in the table's eyes; the order itself comes from lib/timeline/sort.
const sortable = (id: SortColumn, cell: (c: Cell) => ReactNode) => helper.accessor((r) => r.id, { id, header: SORT_LABEL[id], cell });

const COLUMNS = [
  sortable("cycle", CycleCell),
  sortable("released", ReleasedCell),
  sortable("standard", tierCell("standard")),
  sortable("maintenance", tierCell("maintenance")),
  sortable("extended", tierCell("extended")),
  sortable("status", StatusCell),
  helper.display({ id: "sources", header: "Sources", cell: SourcesCell }),
] as ColumnDef<Features, TableCycle, unknown>[];

const ARROW = { asc: "↑", desc: "↓" } as const;

type Props = {
  /** Already in the chosen order. */
  cycles: TableCycle[];
  today: string;
  sort: CycleSort | null;
  onSortChange: (sort: CycleSort | null) => void;
  picked: ReadonlySet<string>;
  onTogglePicked: (id: string) => void;
};

/** The chart's data as a table, for screen readers, copying and print; its headers sort both. */
export function LifecycleTable({ cycles, today, sort, onSortChange, picked, onTogglePicked }: Props) {
  const sorting: SortingState = useMemo(() => (sort ? [sort] : []), [sort]);
  const meta = useMemo(() => ({ today, picked, onTogglePicked }), [today, picked, onTogglePicked]);
  const table = useTable({
    features,
    columns: COLUMNS,
    data: cycles,
    meta,
    getRowId: (r) => r.id,
    manualSorting: true,
    enableMultiSort: false,
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      onSortChange(next ? { id: next.id as SortColumn, desc: next.desc } : null);
    },
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[52rem] text-left text-sm" data-testid="lifecycle-table">
        <caption className="sr-only">
          Release cycles of the chosen distributions with their support tiers and status; the column buttons sort the table and the chart
        </caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            {headers.map((h) => {
              const sorted = h.column.getIsSorted();
              const label = flexRender(h.column.columnDef.header, h.getContext());
              return (
                <th
                  key={h.id}
                  scope="col"
                  className="py-2 pr-3 align-bottom"
                  aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                >
                  {h.column.getCanSort() ? (
                    <button
                      type="button"
                      className="inline-flex items-center gap-1 text-left font-semibold hover:underline"
                      onClick={h.column.getToggleSortingHandler()}
                    >
                      {label}
                      <span aria-hidden="true" className={sorted ? "" : "muted"}>
                        {sorted ? ARROW[sorted] : "↕"}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              className="border-b border-slate-200 align-top dark:border-slate-800"
              data-testid="lifecycle-row"
              data-ended={row.original.ended ? "true" : undefined}
            >
              {row.getAllCells().map((cell) =>
                cell.column.id === "cycle" ? (
                  <th key={cell.id} scope="row" className="py-2 pr-3 font-medium">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </th>
                ) : (
                  <td key={cell.id} className="py-2 pr-3">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {sort && sort.id !== "cycle" ? (
        <p className="mt-1 text-xs muted">Ends no source publishes, and tiers not offered, are listed last in either direction.</p>
      ) : null}
    </div>
  );
}
