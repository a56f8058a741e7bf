// Applies the committed migrations without the Prisma CLI, so a production
// install (no devDependencies) can migrate at start. It keeps Prisma's own
// bookkeeping table and checksums, so `prisma migrate status` and `deploy`
// agree with what it did.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { getDatabaseProvider, type DatabaseProvider } from "@/lib/db/provider";
import { sqliteFilePath } from "@/lib/db/url";
import { PG_CONNECT_TIMEOUT_MS } from "@/lib/db/client";

export type Migration = { name: string; sql: string; checksum: string };

type AppliedRow = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

// The table exactly as Prisma creates it for each provider.
const BOOKKEEPING_TABLE: Record<DatabaseProvider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

/** The committed migrations of one provider, oldest first, with Prisma's checksum (SHA-256 of the file). */
export function readMigrations(provider: DatabaseProvider, root: string = "prisma"): Migration[] {
  const dir = path.join(root, provider, "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** What is left to apply; refuses when an earlier attempt failed half-way, as `prisma migrate deploy` does. */
export function pendingMigrations(all: Migration[], applied: AppliedRow[]): Migration[] {
  const failed = applied.find((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier and was not rolled back; repair the database, then mark it with \`prisma migrate resolve\`.`,
    );
  }
  const done = new Set(applied.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name));
  return all.filter((m) => !done.has(m.name));
}

// Prisma's own timestamp format in SQLite, so its CLI reads our rows.
const sqliteNow = () => new Date().toISOString().replace("Z", "+00:00");

function migrateSqlite(url: string, migrations: Migration[]): string[] {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Database(file, { timeout: 5000 });
  try {
    raw.exec(BOOKKEEPING_TABLE.sqlite);
    const applied: string[] = [];
    // Table rebuilds need foreign keys off; the pragma is ignored inside a transaction, so it is set around each one.
    raw.pragma("foreign_keys = OFF");
    for (;;) {
      const rows = raw.prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`).all() as AppliedRow[];
      const next = pendingMigrations(migrations, rows)[0];
      if (!next) break;
      raw.exec("BEGIN IMMEDIATE");
      try {
        // Another process may have applied it while this one waited for the write lock.
        const again = raw
          .prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL`)
          .get(next.name);
        if (!again) {
          const started = sqliteNow();
          raw.exec(next.sql);
          raw
            .prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`)
            .run(randomUUID(), next.checksum, sqliteNow(), next.name, started);
          const broken = raw.pragma("foreign_key_check") as unknown[];
          if (broken.length > 0) throw new Error(`leaves ${broken.length} row(s) violating foreign keys`);
          applied.push(next.name);
        }
        raw.exec("COMMIT");
      } catch (err) {
        raw.exec("ROLLBACK");
        throw new Error(`Migration ${next.name} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return applied;
  } finally {
    raw.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    await client.query(BOOKKEEPING_TABLE.postgresql);
    const { rows } = await client.query<AppliedRow>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const applied: string[] = [];
    for (const m of pendingMigrations(migrations, rows)) {
      // DDL is transactional here: a failed migration leaves neither its changes nor its row.
      await client.query("BEGIN");
      try {
        const started = new Date();
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), m.checksum, m.name, started],
        );
        await client.query("COMMIT");
        applied.push(m.name);
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new Error(`Migration ${m.name} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return applied;
  } finally {
    await client.end();
  }
}

/**
 * Brings the database `url` names up to its provider's committed migrations
 * and returns the names applied now (empty when it was current). On
 * PostgreSQL the caller serialises instances (server/prepare-db.ts holds an
 * advisory lock); on SQLite each migration takes the write lock itself.
 */
export async function applyMigrations(url: string, root: string = "prisma"): Promise<string[]> {
  const provider = getDatabaseProvider(url);
  const migrations = readMigrations(provider, root);
  return provider === "sqlite" ? migrateSqlite(url, migrations) : migratePostgres(url, migrations);
}
