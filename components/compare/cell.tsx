import { StatusBadge } from "@/components/status-badge";
import { ROW_HEIGHT } from "@/components/compare/grid-window";
import { VerdictTag } from "@/components/compare/verdict-tag";
import { NOT_IN_CATALOG } from "@/lib/catalog/claim-text";
import { leadClaim } from "@/lib/catalog/claims";
import type { CompareAttribute, CompareDistro } from "@/lib/compare/types";
import type { ViewCell } from "@/lib/compare/view";

const TINT: Record<string, string> = {
  better: "bg-emerald-50 dark:bg-emerald-950/60",
  worse: "bg-red-50 dark:bg-red-950/60",
  different: "bg-sky-50 dark:bg-sky-950/50",
};

type Props = {
  distro: CompareDistro;
  attr: CompareAttribute;
  viewCell: ViewCell;
  fixed: boolean;
  tabbable: boolean;
  onOpen: (slug: string, key: string) => void;
};

// In the fixed grid a cell fills its row (less the cell's padding and border) and clips.
const FIXED_HEIGHT = { height: ROW_HEIGHT - 9 };

/**
 * A table cell's content: a button that opens the claims and sources behind
 * it. Unlike ClaimValue its badge sits in a row of marks under the clamped
 * value, with the other positions and the baseline verdict; the lead, the
 * words for a missing value and the badge rule are the same.
 */
export function CompareCellButton({ distro, attr, viewCell, fixed, tabbable, onOpen }: Props) {
  const { cell, verdict } = viewCell;
  const lead = leadClaim(cell);
  const others = cell ? cell.claims.length - 1 : 0;
  const badge = cell && cell.status !== "confirmed";
  const tint = verdict ? TINT[verdict] : undefined;
  return (
    <button
      type="button"
      onClick={() => onOpen(distro.slug, attr.key)}
      aria-haspopup="dialog"
      // Roving tabindex: the grid is one tab stop; arrow keys move between cells (see data-table).
      tabIndex={tabbable ? 0 : -1}
      className={["compare-cell", fixed ? "overflow-hidden" : null, tint].filter(Boolean).join(" ")}
      style={fixed ? FIXED_HEIGHT : undefined}
    >
      <span className={fixed ? "line-clamp-2" : undefined}>
        <span className="sr-only">{`${distro.name}, ${attr.label}: `}</span>
        {lead?.display ?? NOT_IN_CATALOG}
      </span>
      {/* Rendered only when there is a mark: most cells have none, and the page carries every cell's markup. */}
      {badge || others > 0 || verdict ? (
        <span className="cell-marks">
          {badge ? <StatusBadge status={cell.status} /> : null}
          {others > 0 ? (
            <span className="cell-positions">
              +{others} other position{others > 1 ? "s" : ""}
            </span>
          ) : null}
          {verdict ? <VerdictTag verdict={verdict} /> : null}
        </span>
      ) : null}
      <span className="sr-only">. Show sources</span>
    </button>
  );
}
