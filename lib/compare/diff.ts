import { leadClaim } from "@/lib/catalog/claims";
import type { CompareAttribute, CompareCell, CompareClaim } from "@/lib/compare/types";

/**
 * The value a claim stands for, as comparison sees it: the typed value, not
 * its prose. Enum values and booleans as they are, a list as a set (order and
 * repeats ignored), text case-, space- and end-punctuation-folded, so two
 * wordings of one value compare equal.
 */
export type NormalisedValue = string | boolean | string[];

function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.;,:]+$/, "");
}

function normalise(value: NonNullable<CompareClaim["value"]>): NormalisedValue {
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return [...new Set(value.map(normaliseText))].sort();
  return normaliseText(value);
}

/** A cell's lead value, normalised; null when no source states it (no cell, no value, or a claim marked unknown). */
export function normalisedValue(cell: CompareCell | undefined): NormalisedValue | null {
  const lead = leadClaim(cell);
  if (!lead || lead.value === null || lead.status === "unknown") return null;
  return normalise(lead.value);
}

const UNKNOWN_KEY = "∅unknown";
// Cells are immutable catalog data, and a view compares each one many times (agreement, every baseline).
const keys = new WeakMap<CompareCell, string>();

/** A comparable key for a cell's normalised lead value; unknown and missing cells share one key. */
export function valueKey(cell: CompareCell | undefined): string {
  if (!cell) return UNKNOWN_KEY;
  let key = keys.get(cell);
  if (key === undefined) {
    const value = normalisedValue(cell);
    key = value === null ? UNKNOWN_KEY : JSON.stringify(value);
    keys.set(cell, key);
  }
  return key;
}

export function isUnknown(cell: CompareCell | undefined): boolean {
  return valueKey(cell) === UNKNOWN_KEY;
}

/**
 * How the shown distros stand on one row. "unknown" (no source states it for
 * any of them) and "partly-unknown" (the known values agree, some are not
 * stated) are states of their own: neither is agreement.
 */
export type RowAgreement = "same" | "differs" | "partly-unknown" | "unknown";

export function rowAgreement(cells: (CompareCell | undefined)[]): RowAgreement {
  const known = new Set<string>();
  let unknown = 0;
  for (const c of cells) {
    const key = valueKey(c);
    if (key === UNKNOWN_KEY) unknown += 1;
    else known.add(key);
  }
  if (known.size > 1) return "differs";
  if (known.size === 0) return "unknown";
  return unknown > 0 ? "partly-unknown" : "same";
}

export const AGREEMENT_LABEL: Record<RowAgreement, string> = {
  same: "Same for all",
  differs: "Differs",
  "partly-unknown": "Unknown for some",
  unknown: "Unknown everywhere",
};

/**
 * How a cell compares with the baseline's. "unknown" (this cell's value is
 * not stated) and "no-baseline" (the baseline's is not) are neutral: an
 * unknown is never better, worse or different.
 */
export type BaselineVerdict = "baseline" | "same" | "different" | "better" | "worse" | "unknown" | "no-baseline";

export const VERDICT_LABEL: Record<BaselineVerdict, string> = {
  baseline: "Baseline",
  same: "Same as baseline",
  different: "Differs from baseline",
  better: "Better than baseline",
  worse: "Worse than baseline",
  unknown: "Not stated, so not compared",
  "no-baseline": "No baseline value to compare with",
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
  if (isUnknown(baseline)) return "no-baseline";
  if (isUnknown(cell)) return "unknown";
  if (valueKey(cell) === valueKey(baseline)) return "same";
  const delta = orderDelta(attr, leadClaim(cell)?.value ?? null, leadClaim(baseline)?.value ?? null);
  if (delta === null || delta === 0) return "different";
  return delta > 0 ? "better" : "worse";
}
