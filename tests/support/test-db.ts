import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import type { DatabaseProvider } from "@/lib/db/provider";
import { createPostgresDatabase, testPostgresUrl } from "@/tests/support/pg";

/** The providers the data-layer tests run on: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export const TEST_PROVIDERS: DatabaseProvider[] = testPostgresUrl() ? ["sqlite", "postgresql"] : ["sqlite"];

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

/** A fresh database with the committed migrations applied, as `npm start` applies them. */
export async function createTestDb(provider: DatabaseProvider = "sqlite"): Promise<TestDb> {
  const empty = await createEmptyTestDatabase(provider);
  await applyMigrations(empty.url);
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
