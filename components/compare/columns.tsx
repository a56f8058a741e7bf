import { createColumnHelper, type CellContext, type ColumnDef, type HeaderContext } from "@tanstack/react-table";
import { AttributeHeader } from "@/components/compare/attribute-header";
import { CompareCellButton } from "@/components/compare/cell";
import type { CompareFeatures } from "@/components/compare/table-features";
import type { ViewRow } from "@/lib/compare/view";

const helper = createColumnHelper<CompareFeatures, ViewRow>();

export const ATTRIBUTE_COLUMN = "attribute";

// Module-level components: a column rebuilt for a new set of distros still
// renders the same component types, so existing cells are updated, not remounted.
function AttributeColumnHeader() {
  return <span>Attribute</span>;
}

function AttributeCell({ row, table }: CellContext<CompareFeatures, ViewRow, unknown>) {
  return <AttributeHeader row={row.original} highlight={table.options.meta?.highlight ?? false} />;
}

function DistroHeader({ column, table }: HeaderContext<CompareFeatures, ViewRow, unknown>) {
  const meta = table.options.meta;
  const d = meta?.distros.get(column.id);
  if (!d) return null;
  return (
    <span className="flex flex-col">
      <span>{d.name}</span>
      <span className="text-xs font-normal muted">{meta?.baseline === d.slug ? "Baseline" : d.vendor}</span>
    </span>
  );
}

function DistroCell({ row, column, table }: CellContext<CompareFeatures, ViewRow, unknown>) {
  const meta = table.options.meta;
  const d = meta?.distros.get(column.id);
  const c = row.original.cells.find((x) => x.slug === column.id);
  if (!d || !c || !meta) return null;
  const tabbable = meta.active?.row === row.original.attr.key && meta.active.slug === d.slug;
  return <CompareCellButton distro={d} attr={row.original.attr} viewCell={c} fixed={meta.fixed} tabbable={tabbable} onOpen={meta.onOpen} />;
}

/** One pinned attribute column, then one column per shown distro, in the chosen order. */
export function buildColumns(slugs: readonly string[]): ColumnDef<CompareFeatures, ViewRow, unknown>[] {
  return [
    helper.display({ id: ATTRIBUTE_COLUMN, header: AttributeColumnHeader, cell: AttributeCell }),
    ...slugs.map((slug) => helper.display({ id: slug, header: DistroHeader, cell: DistroCell })),
  ] as ColumnDef<CompareFeatures, ViewRow, unknown>[];
}
