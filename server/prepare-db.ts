// Creates the database if needed, applies committed migrations, and loads the
// catalog from prisma/catalog/ when it changed. Run at every start and by
// scripts/db/prepare.ts (`npm run catalog:load`, `npm run db:migrate`).
import { databaseUrl } from "@/lib/db/url";
import { log } from "@/lib/log";
import { applyMigrations } from "@/lib/db/migrate";
import { CATALOG_DIR, formatCatalogError, readCatalog } from "@/lib/catalog/read";
import { currentCatalogHash, loadCatalog } from "@/lib/catalog/load";
import { catalogCommit } from "@/lib/catalog/commit";
import { pruneExpiredReports, reportRetentionDays } from "@/lib/report/retention";
import { createDb } from "@/lib/db/client";
import { getDatabaseProvider } from "@/lib/db/provider";
import { LOCK_KEYS } from "@/lib/db/locks";
import pg from "pg";

export type PrepareResult = { catalogHash: string | null };

/** Applies the committed migrations of the configured provider (without the Prisma CLI: production installs have none). */
export async function migrate(url: string): Promise<void> {
  const applied = await applyMigrations(url);
  for (const name of applied) log("info", `database: applied migration ${name}`);
}

/**
 * On PostgreSQL, holds a session advisory lock while `fn` runs, so instances
 * starting together migrate and load one after another; the later ones then
 * find the catalog loaded. SQLite needs none (one host; loading is race-safe).
 */
async function underPrepareLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  if (getDatabaseProvider(url) !== "postgresql") return fn();
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [LOCK_KEYS.prepare]);
    return await fn();
  } finally {
    // Ending the session releases the lock even if the unlock fails.
    await lock.query("SELECT pg_advisory_unlock($1)", [LOCK_KEYS.prepare]).catch(() => undefined);
    await lock.end();
  }
}

/**
 * Migrates, then loads the catalog. An invalid catalog leaves the stored one
 * in place; it is fatal only when the database has no catalog at all.
 */
export async function prepareDatabase(opts: { load?: boolean; catalogDir?: string } = {}): Promise<PrepareResult> {
  const url = databaseUrl();
  return underPrepareLock(url, async () => {
    await migrate(url);
    return load(url, opts);
  });
}

async function load(url: string, opts: { load?: boolean; catalogDir?: string }): Promise<PrepareResult> {
  const db = createDb(url);
  try {
    const days = reportRetentionDays();
    const pruned = await pruneExpiredReports(db, new Date(), days);
    if (pruned > 0) log("info", `reports: deleted ${pruned} saved more than ${days} days ago (ATLAS_REPORT_RETENTION_DAYS)`);
    if (opts.load === false) return { catalogHash: await currentCatalogHash(db) };
    // ATLAS_CATALOG_DIR lets tests load a fixture catalog instead of the shipped one.
    const dir = opts.catalogDir ?? process.env.ATLAS_CATALOG_DIR ?? CATALOG_DIR;
    const read = readCatalog(dir);
    if (!read.ok) {
      for (const e of read.errors) log("error", `catalog: ${formatCatalogError(e)}`);
      const kept = await currentCatalogHash(db);
      if (kept === null) throw new Error(`The catalog in ${dir} is invalid (${read.errors.length} error(s)) and the database holds none.`);
      log("error", `catalog: ${read.errors.length} error(s); nothing was loaded, catalog ${kept} stays in use.`);
      return { catalogHash: kept };
    }
    const outcome = await loadCatalog(db, read.catalog, { commit: catalogCommit(dir) });
    if (outcome.changed) {
      log(
        "info",
        `catalog: loaded ${outcome.hash} (${outcome.distros} distros, ${outcome.claims} claims, ${outcome.sources} sources)` +
          (outcome.previous ? `, replacing ${outcome.previous}` : ""),
      );
    } else {
      log("info", `catalog: ${outcome.hash} is already loaded`);
    }
    return { catalogHash: outcome.hash };
  } finally {
    await db.$disconnect();
  }
}
