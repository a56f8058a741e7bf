import type { Db } from "@/lib/db/client";
import { retryWhileBusy } from "@/lib/db/busy";

/** Reports are kept this many days unless ATLAS_REPORT_RETENTION_DAYS says otherwise (0 keeps them forever). */
export const DEFAULT_REPORT_RETENTION_DAYS = 730;

export function reportRetentionDays(env: Partial<Record<string, string>> = process.env): number {
  const raw = env.ATLAS_REPORT_RETENTION_DAYS?.trim();
  if (!raw) return DEFAULT_REPORT_RETENTION_DAYS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`ATLAS_REPORT_RETENTION_DAYS must be a whole number of days (0 keeps reports forever), not "${raw}"`);
  return n;
}

/** Deletes the reports saved more than `days` days before `now`; returns how many. */
export async function pruneExpiredReports(database: Db, now: Date, days: number): Promise<number> {
  if (days === 0) return 0;
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return (await retryWhileBusy(() => database.report.deleteMany({ where: { createdAt: { lt: cutoff } } }))).count;
}
