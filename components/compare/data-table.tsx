"use client";

import { useCallback, useMemo, type ReactNode } from "react";
import { useTable } from "@tanstack/react-table";
import { ATTRIBUTE_COLUMN, buildColumns } from "@/components/compare/columns";
import { COLUMN_WIDTH, GROUP_ROW_HEIGHT, useGridWindow } from "@/components/compare/grid-window";
import { useRovingCell } from "@/components/compare/roving-cell";
import { tableFeatures } from "@/components/compare/table-features";
import { TableRow } from "@/components/compare/table-row";
import type { Group } from "@/lib/compare/types";
import type { ComparisonView, ViewGroup, ViewRow } from "@/lib/compare/view";

type Props = {
  view: ComparisonView;
  highlight: boolean;
  onToggleGroup: (group: Group) => void;
  onOpenCell: (slug: string, key: string) => void;
};

const HEAD = "sticky top-0 border-b border-slate-300 bg-slate-50 p-2 align-bottom font-semibold dark:border-slate-700 dark:bg-slate-900";

/** A group heading or an attribute row, in the order the table shows them. */
type Item = { kind: "group"; group: ViewGroup } | { kind: "row"; group: ViewGroup; row: ViewRow };

function itemsOf(groups: ViewGroup[]): Item[] {
  return groups.flatMap((g): Item[] => [{ kind: "group", group: g }, ...(g.collapsed ? [] : g.rows.map((row): Item => ({ kind: "row", group: g, row })))]);
}

/** The comparison grid: a distro per column, attribute rows under collapsible group headings. */
export function DataTable({ view, highlight, onToggleGroup, onOpenCell }: Props) {
  const slugs = view.columns.map((d) => d.slug).join(",");
  const baseline = view.baseline?.slug ?? null;
  // Column definitions change only with the set and order of distros; everything else reaches cells through meta.
  const columns = useMemo(() => buildColumns(slugs.split(",")), [slugs]);
  const distros = useMemo(() => new Map(view.columns.map((d) => [d.slug, d])), [view.columns]);
  const items = useMemo(() => itemsOf(view.groups), [view.groups]);
  const kinds = useMemo(() => items.map((i) => i.kind), [items]);
  const count = view.columns.length;
  const { windowed, scrollerRef, headRef, rowOffsets, onScroll, columns: cols, rows } = useGridWindow(count, kinds);
  const rowKeys = useMemo(() => items.flatMap((i) => (i.kind === "row" ? [i.row.attr.key] : [])), [items]);
  const slugList = useMemo(() => slugs.split(","), [slugs]);
  const rowTop = useCallback(
    (key: string) => {
      const index = items.findIndex((i) => i.kind === "row" && i.row.attr.key === key);
      return index < 0 ? undefined : rowOffsets[index];
    },
    [items, rowOffsets],
  );
  const roving = useRovingCell({ rowKeys, slugs: slugList, scrollerRef, columns: cols, rowTop, columnWidth: COLUMN_WIDTH });
  const active = roving.active;
  const meta = useMemo(
    () => ({ distros, baseline, highlight, fixed: windowed, onOpen: onOpenCell, active }),
    [distros, baseline, highlight, windowed, onOpenCell, active],
  );
  const data = useMemo(() => view.groups.flatMap((g) => g.rows), [view.groups]);
  const table = useTable({ features: tableFeatures, columns, data, meta, getRowId: (row) => row.attr.key });
  const rowsByKey = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const distroHeaders = headers.filter((h) => h.column.id !== ATTRIBUTE_COLUMN);
  const attributeHeader = headers.find((h) => h.column.id === ATTRIBUTE_COLUMN);
  const rendered = 1 + (cols.start > 0 ? 1 : 0) + (cols.end - cols.start) + (cols.end < count ? 1 : 0);

  // Rendered items, one <tbody> per group; a wide table may start or end inside a group.
  const bodies: { group: ViewGroup; items: { item: Item; index: number }[] }[] = [];
  for (let index = rows.start; index < rows.end; index++) {
    const item = items[index];
    if (!item) continue;
    const last = bodies[bodies.length - 1];
    if (last?.group === item.group) last.items.push({ item, index });
    else bodies.push({ group: item.group, items: [{ item, index }] });
  }
  const above = rowOffsets[rows.start] ?? 0;
  const below = (rowOffsets[items.length] ?? 0) - (rowOffsets[rows.end] ?? 0);
  const spacer = (height: number, key: string): ReactNode =>
    height > 0 ? (
      <tbody key={key} aria-hidden="true">
        <tr style={{ height }}>
          <td colSpan={rendered} />
        </tr>
      </tbody>
    ) : null;

  return (
    <div
      ref={scrollerRef}
      onScroll={onScroll}
      className="compare-scroller relative max-h-[calc(100vh-6rem)] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800"
      data-testid="compare-scroller"
    >
      <table
        // A grid: one tab stop, arrow keys between cells (each cell opens its sources).
        role="grid"
        aria-readonly="true"
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
        className="compare-grid table-fixed border-separate border-spacing-0 text-left text-sm"
        style={windowed ? { width: `calc(var(--attr-w) + ${count * COLUMN_WIDTH}px)` } : { width: "100%", minWidth: `calc(var(--attr-w) + ${count * 200}px)` }}
        aria-colcount={count + 1}
        aria-rowcount={windowed ? items.length + 1 : undefined}
      >
        <caption className="sr-only">
          Comparison of {view.columns.map((d) => d.name).join(", ")}
          {view.baseline ? `, against the baseline ${view.baseline.name}` : ""}
        </caption>
        <colgroup>
          <col style={{ width: "var(--attr-w)" }} />
          {cols.start > 0 ? <col style={{ width: cols.start * COLUMN_WIDTH }} /> : null}
          {distroHeaders.slice(cols.start, cols.end).map((h) => (
            <col key={h.id} style={windowed ? { width: COLUMN_WIDTH } : undefined} />
          ))}
          {cols.end < count ? <col style={{ width: (count - cols.end) * COLUMN_WIDTH }} /> : null}
        </colgroup>
        <thead ref={headRef}>
          <tr aria-rowindex={windowed ? 1 : undefined}>
            {attributeHeader ? (
              <th scope="col" className={`${HEAD} left-0 z-30`}>
                <table.FlexRender header={attributeHeader} />
              </th>
            ) : null}
            {cols.start > 0 ? <th aria-hidden="true" className={`${HEAD} z-20`} /> : null}
            {distroHeaders.slice(cols.start, cols.end).map((h, i) => (
              <th key={h.id} scope="col" aria-colindex={cols.start + i + 2} className={`${HEAD} z-20`}>
                <table.FlexRender header={h} />
              </th>
            ))}
            {cols.end < count ? <th aria-hidden="true" className={`${HEAD} z-20`} /> : null}
          </tr>
        </thead>
        {spacer(above, "above")}
        {bodies.map(({ group: g, items: part }) => (
          <tbody key={g.group} data-group={g.group}>
            {part.map(({ item, index }) => {
              const rowIndex = windowed ? index + 2 : undefined;
              if (item.kind === "group") {
                return (
                  <tr key={`group:${g.group}`} aria-rowindex={rowIndex} style={windowed ? { height: GROUP_ROW_HEIGHT } : undefined}>
                    <th
                      colSpan={rendered}
                      scope="colgroup"
                      className="border-b border-slate-200 bg-slate-100 p-0 text-left dark:border-slate-800 dark:bg-slate-800/60"
                    >
                      <button
                        type="button"
                        aria-expanded={!g.collapsed}
                        onClick={() => onToggleGroup(g.group)}
                        className="sticky left-0 flex items-center gap-2 px-2 py-1.5 font-semibold"
                      >
                        <span aria-hidden="true">{g.collapsed ? "▸" : "▾"}</span>
                        {g.group}
                        <span className="font-normal muted">({g.rows.length})</span>
                      </button>
                    </th>
                  </tr>
                );
              }
              const row = rowsByKey.get(item.row.attr.key);
              return row ? (
                <TableRow
                  key={row.id}
                  row={row}
                  highlight={highlight}
                  range={cols}
                  fixed={windowed}
                  rowIndex={rowIndex}
                  activeSlug={active?.row === row.id ? active.slug : null}
                />
              ) : null;
            })}
          </tbody>
        ))}
        {spacer(below, "below")}
      </table>
    </div>
  );
}
