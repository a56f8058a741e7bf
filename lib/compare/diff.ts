import type { CompareAttribute, CompareCell, CompareClaim } from "@/lib/compare/types";

export function leadOf(cell: CompareCell | undefined): CompareClaim | undefined {
  return cell?.claims.find((c) => c.preferred) ?? cell?.claims[0];
}

const UNKNOWN_KEY = "∅unknown";
// Cells are immutable catalog data, and a view compares each one many times (agreement, every baseline).
const keys = new WeakMap<CompareCell, string>();

/** A comparable key for a cell's lead value; unknown and missing cells share one key. */
export function valueKey(cell: CompareCell | undefined): string {
  if (!cell) return UNKNOWN_KEY;
  let key = keys.get(cell);
  if (key === undefined) {
    const lead = leadOf(cell);
    key = !lead || lead.value === null ? UNKNOWN_KEY : Array.isArray(lead.value) ? JSON.stringify([...lead.value].sort()) : JSON.stringify(lead.value);
    keys.set(cell, key);
  }
  return key;
}

/** True when every given cell holds the same lead value (all unknown counts as agreeing). */
export function allAgree(cells: (CompareCell | undefined)[]): boolean {
  if (cells.length < 2) return true;
  const first = valueKey(cells[0]);
  return cells.every((c) => valueKey(c) === first);
}

export type BaselineVerdict = "baseline" | "same" | "different" | "better" | "worse" | "not-comparable";

export const VERDICT_LABEL: Record<BaselineVerdict, string> = {
  baseline: "Baseline",
  same: "Same as baseline",
  different: "Differs from baseline",
  better: "Better than baseline",
  worse: "Worse than baseline",
  "not-comparable": "Not comparable (unknown)",
};

function rank(attr: CompareAttribute, value: string): number | undefined {
  return attr.values?.find((v) => v.value === value)?.rank;
}

/** A positive number when a is better than b, negative when worse, 0 when equal, null when unordered. */
function orderDelta(attr: CompareAttribute, a: CompareClaim["value"], b: CompareClaim["value"]): number | null {
  switch (attr.order) {
    case "rank": {
      if (typeof a !== "string" || typeof b !== "string") return null;
      const ra = rank(attr, a);
      const rb = rank(attr, b);
      return ra === undefined || rb === undefined ? null : ra - rb;
    }
    // Boolean attributes are phrased so that true is the safer value (e.g. Secure Boot).
    case "boolean":
      return typeof a === "boolean" && typeof b === "boolean" ? Number(a) - Number(b) : null;
    case "date":
      return typeof a === "string" && typeof b === "string" ? (a > b ? 1 : a < b ? -1 : 0) : null;
    case "superset": {
      if (!Array.isArray(a) || !Array.isArray(b)) return null;
      const sa = new Set(a);
      const sb = new Set(b);
      const aHasAll = b.every((x) => sa.has(x));
      const bHasAll = a.every((x) => sb.has(x));
      if (aHasAll && bHasAll) return 0;
      if (aHasAll) return 1;
      if (bHasAll) return -1;
      return null;
    }
    case "none":
      return null;
  }
}

/** How a cell compares with the baseline distro's cell on one attribute. */
export function compareToBaseline(attr: CompareAttribute, cell: CompareCell | undefined, baseline: CompareCell | undefined): BaselineVerdict {
  const a = leadOf(cell);
  const b = leadOf(baseline);
  if (!a || !b || a.value === null || b.value === null) return "not-comparable";
  if (valueKey(cell) === valueKey(baseline)) return "same";
  const delta = orderDelta(attr, a.value, b.value);
  if (delta === null || delta === 0) return "different";
  return delta > 0 ? "better" : "worse";
}
