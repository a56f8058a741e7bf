import { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
import { AttributeHeader } from "@/components/compare/attribute-header";
import { CompareCellButton } from "@/components/compare/cell";
import type { CompareFeatures } from "@/components/compare/table-features";
import type { CompareDistro } from "@/lib/compare/types";
import type { ViewRow } from "@/lib/compare/view";

const helper = createColumnHelper<CompareFeatures, ViewRow>();

export const ATTRIBUTE_COLUMN = "attribute";

type Options = { highlight: boolean; onOpen: (slug: string, key: string) => void };

/** One pinned attribute column, then one column per shown distro, in the chosen order. */
export function buildColumns(distros: CompareDistro[], baseline: CompareDistro | null, opts: Options): ColumnDef<CompareFeatures, ViewRow, unknown>[] {
  return [
    helper.display({
      id: ATTRIBUTE_COLUMN,
      header: () => <span>Attribute</span>,
      cell: ({ row }) => <AttributeHeader row={row.original} highlight={opts.highlight} />,
    }),
    ...distros.map((d, index) =>
      helper.display({
        id: d.slug,
        header: () => (
          <span className="flex flex-col">
            <span>{d.name}</span>
            <span className="text-xs font-normal text-slate-600 dark:text-slate-400">{d === baseline ? "Baseline" : d.vendor}</span>
          </span>
        ),
        cell: ({ row }) => {
          const c = row.original.cells[index];
          return c ? <CompareCellButton distro={d} attr={row.original.attr} viewCell={c} onOpen={opts.onOpen} /> : null;
        },
      }),
    ),
  ] as ColumnDef<CompareFeatures, ViewRow, unknown>[];
}
