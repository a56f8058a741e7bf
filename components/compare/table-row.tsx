"use client";

import { memo } from "react";
import { flexRender, type Row } from "@tanstack/react-table";
import { ATTRIBUTE_COLUMN } from "@/components/compare/columns";
import type { CompareFeatures } from "@/components/compare/table-features";
import { ROW_HEIGHT } from "@/components/compare/grid-window";
import type { IndexRange } from "@/lib/compare/grid-window";
import type { ViewRow } from "@/lib/compare/view";

type Props = {
  row: Row<CompareFeatures, ViewRow>;
  highlight: boolean;
  range: IndexRange;
  fixed: boolean;
  rowIndex: number | undefined;
  /** The distro whose cell in this row is the grid's tab stop, if this row has it. */
  activeSlug: string | null;
};

function Spacer({ columns }: { columns: number }) {
  return columns > 0 ? <td aria-hidden="true" className="border-b border-slate-200 dark:border-slate-800" /> : null;
}

function TableRowView({ row, highlight, range, fixed, rowIndex }: Props) {
  const r = row.original;
  const differs = highlight && r.agreement === "differs";
  const cells = row.getAllCells();
  const attribute = cells.find((c) => c.column.id === ATTRIBUTE_COLUMN);
  const distroCells = cells.filter((c) => c.column.id !== ATTRIBUTE_COLUMN);
  return (
    <tr
      data-row={r.attr.key}
      aria-rowindex={rowIndex}
      style={fixed ? { height: ROW_HEIGHT } : undefined}
      className={differs ? "bg-amber-50/60 dark:bg-amber-950/30" : ""}
    >
      {attribute ? (
        <th scope="row" className={`compare-th ${differs ? "border-l-4 border-l-amber-400" : ""}`}>
          <div className={fixed ? "overflow-hidden" : undefined} style={fixed ? { maxHeight: ROW_HEIGHT - 17 } : undefined}>
            {flexRender(attribute.column.columnDef.cell, attribute.getContext())}
          </div>
        </th>
      ) : null}
      <Spacer columns={range.start} />
      {distroCells.slice(range.start, range.end).map((cell) => (
        <td key={cell.id} className="compare-td">
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
      <Spacer columns={distroCells.length - range.end} />
    </tr>
  );
}

/** A row re-renders only when what it shows changed: its cells, verdicts, highlight or the columns in view. */
export const TableRow = memo(TableRowView, (a, b) => {
  if (a.highlight !== b.highlight || a.range !== b.range || a.fixed !== b.fixed || a.rowIndex !== b.rowIndex || a.activeSlug !== b.activeSlug) return false;
  const x = a.row.original;
  const y = b.row.original;
  if (x.attr !== y.attr || x.agreement !== y.agreement || x.cells.length !== y.cells.length) return false;
  return x.cells.every((c, i) => {
    const d = y.cells[i];
    return d !== undefined && c.slug === d.slug && c.cell === d.cell && c.verdict === d.verdict;
  });
});
