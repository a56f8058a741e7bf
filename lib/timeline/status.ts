import { addYears, differenceInCalendarDays, parseISO } from "date-fns";
import { isoDay, releaseState, TIER_KEYS, type SupportState, type TierKey } from "@/lib/lifecycle";
import type { SupportTier } from "@/lib/validations/catalog";

/** The lifecycle fields of one release cycle that the timeline needs. */
export type CycleDates = {
  releaseDate: string | null;
  previewDate: string | null;
  standard: SupportTier | null;
  maintenance: SupportTier | null;
  extended: SupportTier | null;
};

/** Status of a cycle on `today`, judged on its covering tier (see lib/lifecycle). */
export function cycleStatus(cycle: CycleDates, today: string): SupportState {
  return releaseState(cycle, today);
}

/**
 * Ended for good: every offered tier, paid extended support included, has a
 * published end before today. Such cycles hide behind "show ended".
 */
export function isFullyEnded(cycle: CycleDates, today: string): boolean {
  const tiers = TIER_KEYS.map((k) => cycle[k]).filter((t): t is SupportTier => t !== null);
  if (tiers.length === 0) return false;
  return tiers.every((t) => t.end !== null && t.end < today);
}

export const WINDOW_PRESETS = ["2018-2036", "next-5-years", "all"] as const;
export type WindowPreset = (typeof WINDOW_PRESETS)[number];
export const WINDOW_LABEL: Record<WindowPreset, string> = {
  "2018-2036": "2018 to 2036",
  "next-5-years": "Next 5 years",
  all: "All dates",
};

export type TimeWindow = { start: string; end: string };

/** The dates a preset covers; "all" spans every date given plus a year either side. */
export function timeWindow(preset: WindowPreset, today: string, dates: string[]): TimeWindow {
  if (preset === "2018-2036") return { start: "2018-01-01", end: "2036-12-31" };
  if (preset === "next-5-years") return { start: today, end: isoDay(addYears(parseISO(today), 5)) };
  const all = [...dates, today].sort();
  const first = all[0] ?? today;
  const last = all[all.length - 1] ?? today;
  return { start: `${Number(first.slice(0, 4)) - 1}-01-01`, end: `${Number(last.slice(0, 4)) + 1}-12-31` };
}

/** One drawn piece of a cycle: days from the window start, clipped to the window. */
export type Segment = {
  kind: "preview" | TierKey;
  name: string;
  from: number;
  to: number;
  /** No source publishes the end; drawn to the window's right edge. */
  open: boolean;
};

/**
 * The pieces of a cycle on the time axis: preview, then each offered tier in
 * order, each starting where the previous one ended. Null when the cycle
 * cannot be placed (no release date). A tier after an open-ended one has no
 * known start and is left off.
 */
export function cycleSegments(cycle: CycleDates, window: TimeWindow): Segment[] | null {
  if (!cycle.releaseDate) return null;
  const origin = parseISO(window.start);
  const width = differenceInCalendarDays(parseISO(window.end), origin);
  const at = (d: string) => Math.min(width, Math.max(0, differenceInCalendarDays(parseISO(d), origin)));
  const out: Segment[] = [];
  if (cycle.previewDate) out.push({ kind: "preview", name: "Preview", from: at(cycle.previewDate), to: at(cycle.releaseDate), open: false });
  let start = cycle.releaseDate;
  for (const key of TIER_KEYS) {
    const tier = cycle[key];
    if (!tier) continue;
    if (tier.end === null) {
      out.push({ kind: key, name: tier.name, from: at(start), to: width, open: true });
      break;
    }
    out.push({ kind: key, name: tier.name, from: at(start), to: at(tier.end), open: false });
    start = tier.end;
  }
  return out.filter((s) => s.to > s.from || (s.open && s.from < width));
}

/** Days from the window start to `date`, or null when it lies outside the window. */
export function dayInWindow(date: string, window: TimeWindow): number | null {
  if (date < window.start || date > window.end) return null;
  return differenceInCalendarDays(parseISO(date), parseISO(window.start));
}

/** 1 January of each year inside the window, as day offsets, for axis ticks. */
export function yearTicks(window: TimeWindow): { day: number; year: number }[] {
  const out: { day: number; year: number }[] = [];
  for (let y = Number(window.start.slice(0, 4)); y <= Number(window.end.slice(0, 4)); y++) {
    const day = dayInWindow(`${y}-01-01`, window);
    if (day !== null) out.push({ day, year: y });
  }
  return out;
}
