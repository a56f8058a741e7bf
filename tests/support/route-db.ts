// A database for the route-handler tests: fresh, with the committed
// migrations (applied as `npm start` applies them) and the shipped catalog,
// and the one the app's modules use.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import { CATALOG_DIR, type Catalog } from "@/lib/catalog/read";
import { loadCatalog } from "@/lib/catalog/load";
import { catalogCommit } from "@/lib/catalog/commit";
import { createDb, type Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/provider";
import { shippedCatalog } from "@/tests/support/shipped-catalog";
import { applyMigrations } from "@/lib/db/migrate";
import { createEmptyTestDatabase } from "@/tests/support/test-db";

const TMP = path.resolve("tests", ".tmp");

export type RouteDb = { provider: DatabaseProvider; url: string; catalogHash: string };

/** A catalog version to keep from before the shipped one, so the database has a history of changes. */
export type EarlierCatalog = { catalog: () => Catalog; loadedAt: Date };

async function createDatabase(provider: DatabaseProvider): Promise<{ url: string; remove: () => Promise<void> }> {
  if (provider === "postgresql") {
    const created = await createEmptyTestDatabase(provider);
    return { url: created.url, remove: created.cleanup };
  }
  fs.mkdirSync(TMP, { recursive: true });
  const dir = fs.mkdtempSync(path.join(TMP, "route-"));
  return { url: `file:${path.join(dir, "atlas.db")}`, remove: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// Reading and checking the catalog takes a while; each provider's database gets the same one.
let shipped: Catalog | null = null;

async function loadShippedCatalog(url: string, earlier?: EarlierCatalog): Promise<string> {
  shipped ??= shippedCatalog();
  const db = createDb(url);
  try {
    if (earlier) await loadCatalog(db, earlier.catalog(), { now: earlier.loadedAt, commit: null });
    return (await loadCatalog(db, shipped, { commit: catalogCommit(CATALOG_DIR) })).hash;
  } finally {
    await db.$disconnect();
  }
}

// lib/db/client.ts keeps its client on globalThis outside production; a stale one would answer for another database.
const cachedClient = globalThis as unknown as { atlasDb?: Db };

/** Which database a client is connected to: the SQLite file, or the PostgreSQL database's name. */
async function connectedTo(db: Db, provider: DatabaseProvider): Promise<string> {
  if (provider === "postgresql") return (await db.$queryRawUnsafe<{ name: string }[]>("SELECT current_database()::text AS name"))[0]?.name ?? "";
  return (await db.$queryRawUnsafe<{ name: string; file: string }[]>("PRAGMA database_list")).find((d) => d.name === "main")?.file ?? "";
}

function expectedName(url: string, provider: DatabaseProvider): string {
  return provider === "postgresql" ? decodeURIComponent(new URL(url).pathname.slice(1)) : url.slice("file:".length);
}

/**
 * Registers hooks on the surrounding describe block. Before its tests, a
 * fresh database (SQLite under tests/.tmp/, or PostgreSQL next to
 * TEST_POSTGRES_URL) gets the shipped catalog, after `opts.earlier` when
 * given; it becomes DATABASE_URL and the module registry is emptied, so
 * route modules imported after that, and the client `@/lib/db/client`
 * creates at import, use it. After the tests it is removed. Import route
 * modules in a later beforeAll or in the tests, never at the top of the file.
 */
export function useRouteDatabase(provider: DatabaseProvider, opts: { earlier?: EarlierCatalog } = {}): () => RouteDb {
  let current: RouteDb | null = null;
  let remove = async () => {};
  const saved = process.env.DATABASE_URL;

  beforeAll(async () => {
    const created = await createDatabase(provider);
    remove = created.remove;
    await applyMigrations(created.url);
    const catalogHash = await loadShippedCatalog(created.url, opts.earlier);
    process.env.DATABASE_URL = created.url;
    delete cachedClient.atlasDb;
    vi.resetModules();
    const { db } = await import("@/lib/db/client");
    const actual = await connectedTo(db, provider);
    if (actual !== expectedName(created.url, provider)) throw new Error(`the app's database client uses ${actual}, not the test database`);
    current = { provider, url: created.url, catalogHash };
  }, 60_000);

  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    delete cachedClient.atlasDb;
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await remove();
  });

  return () => {
    if (!current) throw new Error("the route database is not ready: use it inside a test or a later hook");
    return current;
  };
}
