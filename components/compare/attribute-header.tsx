import type { ViewRow } from "@/lib/compare/view";

/** The pinned first cell of a row: the attribute's name, and whether the distros differ on it. */
export function AttributeHeader({ row, highlight }: { row: ViewRow; highlight: boolean }) {
  return (
    <span className="flex flex-col gap-0.5">
      <span className="font-medium" title={row.attr.explanation}>{row.attr.label}</span>
      {highlight && !row.agree ? (
        <span className="w-fit rounded bg-amber-100 px-1 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100" data-testid="differs">
          ≠ differs
        </span>
      ) : null}
    </span>
  );
}
