import { addMonths, formatISO, parseISO, subMonths } from "date-fns";
import { currentRelease } from "@/lib/decide/support";
import type { ScoringDistro } from "@/lib/decide/types";

/** Revisit this long before standard support ends. */
export const REVISIT_MONTHS_BEFORE_END = 12;
/** Revisit after this long when no end of standard support is published. */
export const REVIEW_INTERVAL_MONTHS = 12;

export type Revisit = { date: string; basis: string };

const day = (d: Date) => formatISO(d, { representation: "date" });

/** The next date on which any option's current release changes support tier: the first moment the comparison itself moves. */
export function earliestLifecycleEvent(options: ScoringDistro[], today: string): { date: string; text: string } | null {
  let best: { date: string; text: string } | null = null;
  for (const d of options) {
    const release = currentRelease(d, today);
    if (!release) continue;
    for (const tier of [release.standard, release.maintenance, release.extended]) {
      if (!tier?.end || tier.end <= today) continue;
      if (!best || tier.end < best.date) best = { date: tier.end, text: `${d.name} ${release.label}'s end of ${tier.name} (${tier.end})` };
    }
  }
  return best;
}

/**
 * When to revisit the decision: the earliest lifecycle event among the
 * options, when it comes before the chosen option's own horizon (12 months
 * before its end of standard support, today when that is already past, or a
 * fixed 12-month review interval when no end is published); saying why.
 */
export function revisitDate(chosen: ScoringDistro, today: string, options: ScoringDistro[] = [chosen]): Revisit {
  const own = ownRevisit(chosen, today);
  const event = earliestLifecycleEvent(options, today);
  if (event && event.date < own.date) return { date: event.date, basis: `the earliest lifecycle event among the options: ${event.text}` };
  return own;
}

function ownRevisit(chosen: ScoringDistro, today: string): Revisit {
  const release = currentRelease(chosen, today);
  const end = release?.standard?.end ?? null;
  if (release && end) {
    const target = day(subMonths(parseISO(end), REVISIT_MONTHS_BEFORE_END));
    if (target > today)
      return {
        date: target,
        basis: `${REVISIT_MONTHS_BEFORE_END} months before ${release.label}'s end of ${release.standard?.name ?? "standard support"} (${end})`,
      };
    return {
      date: today,
      basis: `${release.label}'s end of ${release.standard?.name ?? "standard support"} (${end}) is less than ${REVISIT_MONTHS_BEFORE_END} months away: revisit now`,
    };
  }
  return {
    date: day(addMonths(parseISO(today), REVIEW_INTERVAL_MONTHS)),
    basis: `no end of standard support is published for ${release?.label ?? chosen.name}, so a fixed ${REVIEW_INTERVAL_MONTHS}-month review interval applies`,
  };
}
