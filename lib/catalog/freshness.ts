/**
 * How long a page read for the catalog stays trustworthy without a re-read.
 * Vendors rewrite lifecycle and feature pages several times a year, so a
 * source last read more than this long ago is shown as due for a re-check.
 */
export const SOURCE_FRESH_DAYS = 180;

const DAY_MS = 86_400_000;

/** Whole days from an ISO date (YYYY-MM-DD) to `today`; null when the date is not readable. */
export function daysSince(date: string, today: Date = new Date()): number | null {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) return null;
  return Math.floor((today.getTime() - t) / DAY_MS);
}

/** True when a source was last read longer ago than SOURCE_FRESH_DAYS (or never). */
export function isStaleAccess(accessed: string, today: Date = new Date()): boolean {
  const days = daysSince(accessed, today);
  return days === null || days > SOURCE_FRESH_DAYS;
}

/** The day a source read on `accessed` is due to be read again. */
export function dueOn(accessed: string): string | null {
  const t = Date.parse(`${accessed}T00:00:00Z`);
  return Number.isNaN(t) ? null : new Date(t + SOURCE_FRESH_DAYS * DAY_MS).toISOString().slice(0, 10);
}

type Reviewable = { accessed: string };
type ReviewedDistro = { slug: string; name: string; reviewed: string };

/**
 * What is due for a re-read by `by` (YYYY-MM-DD): sources last read more
 * than SOURCE_FRESH_DAYS before it, and distros last reviewed as long ago;
 * the most overdue first.
 */
export function dueForReview<S extends Reviewable, D extends ReviewedDistro>(
  sources: S[],
  distros: D[],
  by: string,
): { sources: (S & { due: string | null })[]; distros: (D & { due: string | null })[] } {
  const at = new Date(`${by}T00:00:00Z`);
  const order = (a: { due: string | null }, b: { due: string | null }) => (a.due ?? "").localeCompare(b.due ?? "");
  return {
    sources: sources
      .filter((s) => isStaleAccess(s.accessed, at))
      .map((s) => ({ ...s, due: dueOn(s.accessed) }))
      .sort(order),
    distros: distros
      .filter((d) => isStaleAccess(d.reviewed, at))
      .map((d) => ({ ...d, due: dueOn(d.reviewed) }))
      .sort(order),
  };
}
