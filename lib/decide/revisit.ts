import { addMonths, formatISO, parseISO, subMonths } from "date-fns";
import { currentRelease } from "@/lib/decide/support";
import type { ScoringDistro } from "@/lib/decide/types";

/** Revisit this long before standard support ends. */
export const REVISIT_MONTHS_BEFORE_END = 12;
/** Revisit after this long when no end of standard support is published. */
export const REVIEW_INTERVAL_MONTHS = 12;

export type Revisit = { date: string; basis: string };

const day = (d: Date) => formatISO(d, { representation: "date" });

/**
 * When to revisit the decision: 12 months before the chosen option's end of
 * standard support (today when that is already past), else a fixed 12-month
 * review interval, saying why.
 */
export function revisitDate(chosen: ScoringDistro, today: string): Revisit {
  const release = currentRelease(chosen, today);
  const end = release?.standard?.end ?? null;
  if (release && end) {
    const target = day(subMonths(parseISO(end), REVISIT_MONTHS_BEFORE_END));
    if (target > today) return { date: target, basis: `${REVISIT_MONTHS_BEFORE_END} months before ${release.label}'s end of ${release.standard?.name ?? "standard support"} (${end})` };
    return { date: today, basis: `${release.label}'s end of ${release.standard?.name ?? "standard support"} (${end}) is less than ${REVISIT_MONTHS_BEFORE_END} months away: revisit now` };
  }
  return {
    date: day(addMonths(parseISO(today), REVIEW_INTERVAL_MONTHS)),
    basis: `no end of standard support is published for ${release?.label ?? chosen.name}, so a fixed ${REVIEW_INTERVAL_MONTHS}-month review interval applies`,
  };
}
