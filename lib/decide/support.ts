import { differenceInCalendarDays, parseISO } from "date-fns";
import { coveringTier, type TierKey } from "@/lib/lifecycle";
import { longestWindow, windowLabel } from "@/lib/kubernetes/effective";
import type { ScoringDistro, ScoringRelease, ScoringWindow } from "@/lib/decide/types";

const DAYS_PER_YEAR = 365.25;

/** The newest release already out (or with no published date); releases are listed newest first. */
export function currentRelease(distro: ScoringDistro, today: string): ScoringRelease | null {
  return distro.releases.find((r) => r.releaseDate === null || r.releaseDate <= today) ?? null;
}

export type SupportEnd = { release: string; tier: TierKey; tierName: string; end: string | null } | null;

/** The covering tier (the last one needing no paid add-on; see coveringTier) of the current release; null when the catalog lists no tier. */
export function supportEnd(distro: ScoringDistro, today: string): SupportEnd {
  const release = currentRelease(distro, today);
  const tier = release ? coveringTier(release) : null;
  if (!release || !tier) return null;
  return { release: release.label, tier: tier.key, tierName: tier.name, end: tier.end };
}

export function yearsBetween(from: string, to: string): number {
  return Math.max(0, differenceInCalendarDays(parseISO(to), parseISO(from)) / DAYS_PER_YEAR);
}

/**
 * The support a decision counts. For a container host that a managed
 * Kubernetes service offers as a node OS, the longest effective standard
 * window among those services (the earlier of its own end and the newest
 * offered version's); for anything else, its own covering end, or that
 * window when it publishes none. null when neither is known.
 */
export type CountedSupport =
  { basis: "os"; end: string; label: string; tierName: string } | { basis: "kubernetes"; end: string; label: string; window: ScoringWindow };

export function countedSupport(distro: ScoringDistro, today: string): CountedSupport | null {
  const own = supportEnd(distro, today);
  const window = longestWindow((distro.managedKubernetes ?? []).filter((w) => w.stage !== "retired"));
  // A container host offered as a managed node OS lives on that service's version calendar: its window
  // already ends no later than its own end.
  const tied = distro.kind === "container-host" && window?.standardEnd;
  if (own?.end && !tied) return { basis: "os", end: own.end, label: own.release, tierName: own.tierName };
  if (window?.standardEnd) return { basis: "kubernetes", end: window.standardEnd, label: windowLabel(window), window };
  return null;
}

/** Years of support left from today; null when no end is published. */
export function supportYearsLeft(distro: ScoringDistro, today: string): number | null {
  const end = countedSupport(distro, today)?.end;
  return end ? (end < today ? 0 : yearsBetween(today, end)) : null;
}

/** Years since the earliest catalogued release; null when the catalog dates none. */
export function yearsInProduction(distro: ScoringDistro, today: string): number | null {
  const dates = distro.releases.map((r) => r.releaseDate).filter((d): d is string => d !== null && d <= today);
  if (dates.length === 0) return null;
  return yearsBetween(dates.sort()[0] as string, today);
}
