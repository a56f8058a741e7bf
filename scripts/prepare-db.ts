// Creates the database if needed, applies committed migrations, and loads the
// catalog from prisma/catalog/ when it changed. `--no-load` only migrates.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseUrl, sqliteFilePath } from "@/lib/db/url";
import { CATALOG_DIR, formatCatalogError, readCatalog } from "@/lib/catalog/read";
import { currentCatalogHash, loadCatalog } from "@/lib/catalog/load";
import { createDb } from "@/lib/db/client";

export type PrepareResult = { catalogHash: string | null };

export function migrate(url: string): void {
  if (url.startsWith("file:")) fs.mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
  const cli = path.join("node_modules", "prisma", "build", "index.js");
  const run = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error("prisma migrate deploy failed");
  }
}

/**
 * Migrates, then loads the catalog. An invalid catalog leaves the stored one
 * in place; it is fatal only when the database has no catalog at all.
 */
export async function prepareDatabase(opts: { load?: boolean; catalogDir?: string } = {}): Promise<PrepareResult> {
  const url = databaseUrl();
  migrate(url);
  const db = createDb(url);
  try {
    if (opts.load === false) return { catalogHash: await currentCatalogHash(db) };
    // ATLAS_CATALOG_DIR lets tests load a fixture catalog instead of the shipped one.
    const dir = opts.catalogDir ?? process.env.ATLAS_CATALOG_DIR ?? CATALOG_DIR;
    const read = readCatalog(dir);
    if (!read.ok) {
      for (const e of read.errors) console.error(`catalog: ${formatCatalogError(e)}`);
      const kept = await currentCatalogHash(db);
      if (kept === null) throw new Error(`The catalog in ${dir} is invalid (${read.errors.length} error(s)) and the database holds none.`);
      console.error(`catalog: ${read.errors.length} error(s); nothing was loaded, catalog ${kept} stays in use.`);
      return { catalogHash: kept };
    }
    const outcome = await loadCatalog(db, read.catalog);
    if (outcome.changed) {
      console.log(
        `catalog: loaded ${outcome.hash} (${outcome.distros} distros, ${outcome.claims} claims, ${outcome.sources} sources)` +
          (outcome.previous ? `, replacing ${outcome.previous}` : ""),
      );
    } else {
      console.log(`catalog: ${outcome.hash} is already loaded`);
    }
    return { catalogHash: outcome.hash };
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  prepareDatabase({ load: !process.argv.includes("--no-load") }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
