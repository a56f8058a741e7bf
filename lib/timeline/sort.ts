import type { SupportState } from "@/lib/lifecycle";
import { cycleStatus, type CycleDates } from "@/lib/timeline/status";

/** The lifecycle table's sortable columns; the chart follows the same order. */
export const SORT_COLUMNS = ["cycle", "released", "standard", "maintenance", "extended", "status"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const SORT_LABEL: Record<SortColumn, string> = {
  cycle: "Cycle",
  released: "Released",
  standard: "Standard",
  maintenance: "Maintenance / security",
  extended: "Extended",
  status: "Status",
};

export type CycleSort = { id: SortColumn; desc: boolean };

// A plain check, not zod: this runs in the browser, and the page ships no zod.
function isSortColumn(value: string): value is SortColumn {
  return (SORT_COLUMNS as readonly string[]).includes(value);
}

/** `sort` URL value: the column id, led by "-" when descending ("-extended"). Anything else: unsorted. */
export function parseSort(raw: string | null | undefined): CycleSort | null {
  if (!raw) return null;
  const desc = raw.startsWith("-");
  const id = desc ? raw.slice(1) : raw;
  return isSortColumn(id) ? { id, desc } : null;
}

export function serializeSort(sort: CycleSort | null): string | null {
  return sort ? `${sort.desc ? "-" : ""}${sort.id}` : null;
}

export type SortableCycle = { cycle: CycleDates & { label: string } };

/**
 * A row's place in a column: a value to compare, or why it has none. Rows
 * without a value go after every dated row in either direction: an end no
 * source publishes is not "late" or "early", and a tier not offered even less.
 */
type SortKey = { value: string | number } | { missing: "unpublished" | "not-offered" };

// Ascending status reads from worst to best, like ascending end dates.
const STATUS_RANK: Record<Exclude<SupportState, "unpublished">, number> = { ended: 0, "paid-only": 1, ending: 2, supported: 3 };

function sortKey(item: SortableCycle, column: SortColumn, today: string): SortKey {
  const c = item.cycle;
  switch (column) {
    case "cycle":
      return { value: c.label };
    case "released":
      return c.releaseDate ? { value: c.releaseDate } : { missing: "unpublished" };
    case "status": {
      const state = cycleStatus(c, today);
      return state === "unpublished" ? { missing: "unpublished" } : { value: STATUS_RANK[state] };
    }
    default: {
      const tier = c[column];
      if (!tier) return { missing: "not-offered" };
      return tier.end ? { value: tier.end } : { missing: "unpublished" };
    }
  }
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const MISSING_RANK = { unpublished: 0, "not-offered": 1 } as const;

/**
 * The rows in the chosen order; unsorted (null) keeps the given order. Ties
 * keep the given order too, so a sort by end date leaves each distro's cycles
 * newest first where their dates agree.
 */
export function sortCycles<T extends SortableCycle>(items: readonly T[], sort: CycleSort | null, today: string): T[] {
  if (!sort) return [...items];
  const keyed = items.map((item, index) => ({ item, index, key: sortKey(item, sort.id, today) }));
  keyed.sort((a, b) => {
    const ka = a.key;
    const kb = b.key;
    if ("missing" in ka || "missing" in kb) {
      if (!("missing" in ka)) return -1;
      if (!("missing" in kb)) return 1;
      return MISSING_RANK[ka.missing] - MISSING_RANK[kb.missing] || a.index - b.index;
    }
    const order = typeof ka.value === "number" && typeof kb.value === "number" ? ka.value - kb.value : collator.compare(String(ka.value), String(kb.value));
    return (sort.desc ? -order : order) || a.index - b.index;
  });
  return keyed.map((k) => k.item);
}
