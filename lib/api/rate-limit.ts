import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getDatabaseProvider } from "@/lib/db/provider";
import { databaseUrl } from "@/lib/db/url";
import { errorMessage, log } from "@/lib/log";

/** Report saves per client per window unless ATLAS_REPORT_RATE_LIMIT says otherwise (0 turns the limit off). */
export const DEFAULT_REPORT_RATE_LIMIT = 30;
export const REPORT_RATE_WINDOW_SECONDS = 60;

export function reportRateLimit(env: Partial<Record<string, string>> = process.env): number {
  const raw = env.ATLAS_REPORT_RATE_LIMIT?.trim();
  if (!raw) return DEFAULT_REPORT_RATE_LIMIT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`ATLAS_REPORT_RATE_LIMIT must be a whole number of saves per minute (0 for no limit), not "${raw}"`);
  return n;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counters kept in memory with SQLite (one host), and in PostgreSQL when
 * that is the database, so instances sharing it share the limit; if
 * PostgreSQL cannot be reached the count goes on in memory.
 */
export type Limiter = { limiter: RateLimiterAbstract; close: () => Promise<void> };

export function createRateLimiter(points: number, url: string = databaseUrl()): Promise<Limiter> {
  const opts = { points, duration: REPORT_RATE_WINDOW_SECONDS, keyPrefix: "report-save" };
  if (getDatabaseProvider(url) !== "postgresql") return Promise.resolve({ limiter: new RateLimiterMemory(opts), close: async () => undefined });
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 2000 });
  // An idle connection the server drops must not crash the process; the next query opens another.
  pool.on("error", () => undefined);
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        ...opts,
        storeClient: pool,
        storeType: "pool",
        tableName: "ReportRateLimit",
        insuranceLimiter: new RateLimiterMemory(opts),
      },
      (err?: unknown) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve({ limiter, close: () => pool.end() })),
    );
  });
}

let shared: Promise<RateLimiterAbstract | null> | null = null;

/** Counts one report save for `client`; refused with the seconds until the window frees a save. */
export async function consumeReportSave(client: string): Promise<RateDecision> {
  shared ??= (() => {
    const points = reportRateLimit();
    if (points === 0) return Promise.resolve(null);
    // A database that cannot set up the counters must not stop saves from being counted at all.
    return createRateLimiter(points)
      .then((l) => l.limiter)
      .catch((err: unknown) => {
        log("error", `report rate limit: counting in memory (${errorMessage(err)})`);
        return new RateLimiterMemory({ points, duration: REPORT_RATE_WINDOW_SECONDS, keyPrefix: "report-save" });
      });
  })();
  const limiter = await shared;
  if (!limiter) return { ok: true };
  return consume(limiter, client);
}

export async function consume(limiter: RateLimiterAbstract, client: string): Promise<RateDecision> {
  try {
    await limiter.consume(client);
    return { ok: true };
  } catch (res) {
    if (res instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    throw res;
  }
}
