import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/provider";
import { createPostgresDatabase, testPostgresUrl } from "@/tests/support/pg";

/** The providers the data-layer tests run on: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export const TEST_PROVIDERS: DatabaseProvider[] = testPostgresUrl() ? ["sqlite", "postgresql"] : ["sqlite"];

function migrationFiles(provider: DatabaseProvider): string[] {
  const dir = path.resolve("prisma", provider, "migrations");
  return fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort()
    .map((d) => fs.readFileSync(path.join(dir, d, "migration.sql"), "utf8"));
}

export type TestDb = { db: Db; url: string; cleanup: () => Promise<void> };

/** An empty database of `provider` (no tables); `cleanup` removes it. */
export async function createEmptyTestDatabase(provider: DatabaseProvider): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (provider === "postgresql") {
    const base = testPostgresUrl();
    if (!base) throw new Error("TEST_POSTGRES_URL is not set");
    const created = await createPostgresDatabase(base);
    return { url: created.url, cleanup: created.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-db-"));
  return { url: `file:${path.join(dir, "test.db")}`, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the committed migrations' SQL on an empty database, as `migrate deploy` would, without its bookkeeping table. */
export async function applyMigrations(url: string, provider: DatabaseProvider): Promise<void> {
  if (provider === "postgresql") {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      for (const sql of migrationFiles(provider)) await c.query(sql);
    } finally {
      await c.end();
    }
  } else {
    const raw = new Database(url.slice("file:".length));
    try {
      for (const sql of migrationFiles(provider)) raw.exec(sql);
    } finally {
      raw.close();
    }
  }
}

/** A fresh database with the committed migrations applied, as `migrate deploy` would. */
export async function createTestDb(provider: DatabaseProvider = "sqlite"): Promise<TestDb> {
  const empty = await createEmptyTestDatabase(provider);
  await applyMigrations(empty.url, provider);
  const db = createDb(empty.url);
  return {
    db,
    url: empty.url,
    cleanup: async () => {
      await db.$disconnect();
      await empty.cleanup();
    },
  };
}
