import { addMonths, formatDuration, intervalToDuration, parseISO } from "date-fns";
import { formatDate } from "@/lib/format-date";

export { formatDate };
import type { ReleaseView } from "@/lib/validations/api";

/** Where a support end stands relative to today. */
export type SupportState = "supported" | "ending" | "paid-only" | "ended" | "unpublished";

export const SUPPORT_STATE_LABEL: Record<SupportState, string> = {
  supported: "Supported",
  ending: "Ends within 12 months",
  "paid-only": "Paid support only",
  ended: "Ended",
  unpublished: "End not published",
};

/** Today as YYYY-MM-DD in UTC; lifecycle logic always takes it as an argument. */
export function isoDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function supportState(end: string | null, today: string): SupportState {
  if (end === null) return "unpublished";
  if (end < today) return "ended";
  const horizon = isoDay(addMonths(parseISO(today), 12));
  return end <= horizon ? "ending" : "supported";
}

function span(from: string, to: string): string {
  const d = intervalToDuration({ start: parseISO(from), end: parseISO(to) });
  const text = formatDuration(d, { format: ["years", "months"] });
  if (text) return text;
  return formatDuration(d, { format: ["days"] }) || "0 days";
}

/** "ends in 2 years 7 months (30 Jun 2029)", "ended 4 months ago (30 Jun 2026)". */
export function describeEnd(end: string | null, today: string): string {
  if (end === null) return "end not published";
  if (end === today) return `ends today (${formatDate(end)})`;
  if (end > today) return `ends in ${span(today, end)} (${formatDate(end)})`;
  return `ended ${span(end, today)} ago (${formatDate(end)})`;
}

export type TierKey = "standard" | "maintenance" | "extended";
export const TIER_KEYS: TierKey[] = ["standard", "maintenance", "extended"];

/**
 * The tier whose end stops fixes without paying for more than the OS itself:
 * the last tier that needs no paid subscription or add-on. For an OS sold
 * only by subscription (every tier paid), maintenance where offered, else
 * standard; an extended add-on counts only when a release offers nothing else.
 */
export function coveringTier(
  release: Pick<ReleaseView, "standard" | "maintenance" | "extended">,
): { key: TierKey; name: string; end: string | null; paid: boolean } | null {
  const offered = (["maintenance", "standard", "extended"] as const).flatMap((key) => {
    const tier = release[key];
    return tier ? [{ key, name: tier.name, end: tier.end, paid: tier.paid }] : [];
  });
  return offered.find((t) => !t.paid) ?? offered[0] ?? null;
}

/**
 * How a release stands today, judged on its covering tier; a release whose
 * support without a paid add-on has ended but whose paid tier still runs
 * (Ubuntu Pro ESM, RHEL ELS) is "paid-only", not ended.
 */
export function releaseState(release: Pick<ReleaseView, "standard" | "maintenance" | "extended">, today: string): SupportState {
  const tier = coveringTier(release);
  const state = supportState(tier ? tier.end : null, today);
  if (state !== "ended") return state;
  const paidLater = TIER_KEYS.some((k) => {
    const t = release[k];
    return t !== null && t.paid && (t.end === null || t.end >= today);
  });
  return paidLater ? "paid-only" : state;
}
