import type { ViewRow } from "@/lib/compare/view";

const TAG = "w-fit rounded px-1 text-xs font-medium";
const NEUTRAL = `${TAG} bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100`;

/** The pinned first cell of a row: the attribute's name, and how the distros stand on it. */
export function AttributeHeader({ row, highlight }: { row: ViewRow; highlight: boolean }) {
  return (
    <span className="flex flex-col gap-0.5">
      <span className="font-medium" title={row.attr.explanation}>
        {row.attr.label}
      </span>
      {highlight && row.agreement === "differs" ? (
        <span className={`${TAG} bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100`} data-testid="differs">
          ≠ differs
        </span>
      ) : null}
      {/* Unknowns are neither agreement nor difference: always said, in neutral colours. */}
      {row.agreement === "unknown" ? (
        <span className={NEUTRAL} data-agreement="unknown">
          <span aria-hidden="true">? </span>unknown everywhere
        </span>
      ) : row.agreement === "partly-unknown" ? (
        <span className={NEUTRAL} data-agreement="partly-unknown">
          <span aria-hidden="true">? </span>unknown for some
        </span>
      ) : null}
    </span>
  );
}
