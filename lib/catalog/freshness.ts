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
