import fs from "node:fs";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { getDatabaseProvider, type DatabaseProvider } from "@/lib/db/provider";
import { databaseUrl, sqliteFilePath } from "@/lib/db/url";
import { SQLITE_APP_BUSY_WAIT_MS } from "@/lib/db/busy";

/**
 * The client type the app codes against. Both generated clients have the same
 * models; the SQLite one is the narrower API (no `mode: "insensitive"`, no
 * scalar lists), so code typed against it runs on PostgreSQL too.
 */
export type Db = InstanceType<typeof SqliteClient>;

/** The client inside an interactive transaction (what `$transaction(async (tx) => …)` hands over). */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** PostgreSQL: how long to wait for a connection, and for one statement, before failing the request. */
export const PG_CONNECT_TIMEOUT_MS = 5_000;
export const PG_STATEMENT_TIMEOUT_MS = 15_000;

const providers = new WeakMap<Db, DatabaseProvider>();

/** Which database a client created by createDb talks to. */
export function providerOf(db: Db): DatabaseProvider {
  return providers.get(db) ?? "sqlite";
}

/** WAL lets readers run beside a writer; it is stored in the file, so setting it once per start is enough. */
function enableWal(url: string): void {
  const file = sqliteFilePath(url);
  if (!fs.existsSync(file)) return;
  const raw = new Database(file, { timeout: 5000 });
  try {
    raw.pragma("journal_mode = WAL");
  } finally {
    raw.close();
  }
}

/**
 * A Prisma client for `url` (default: the configured database): SQLite for
 * file:, PostgreSQL for postgresql://. `sqliteBusyWaitMs` is how long a
 * SQLite write waits, blocking, for another connection's lock.
 */
export function createDb(url: string = databaseUrl(), opts: { sqliteBusyWaitMs?: number } = {}): Db {
  const provider = getDatabaseProvider(url);
  let client: Db;
  if (provider === "postgresql") {
    // Without these a paused or unreachable server holds every request for minutes.
    const adapter = new PrismaPg({
      connectionString: url,
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      statement_timeout: PG_STATEMENT_TIMEOUT_MS,
      query_timeout: PG_STATEMENT_TIMEOUT_MS + 1000,
    });
    client = new PostgresClient({ adapter }) as unknown as Db;
  } else {
    enableWal(url);
    // The busy timeout (ms) lets concurrent writers wait instead of failing with SQLITE_BUSY.
    client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url, timeout: opts.sqliteBusyWaitMs ?? 5000 }) });
  }
  providers.set(client, provider);
  return client;
}

const globalForDb = globalThis as unknown as { atlasDb?: Db };

/** The process-wide client (cached on globalThis so dev-mode reloads reuse one connection); its SQLite writes wait only briefly and are retried without blocking (lib/db/busy.ts). */
export const db: Db = globalForDb.atlasDb ?? createDb(databaseUrl(), { sqliteBusyWaitMs: SQLITE_APP_BUSY_WAIT_MS });
if (process.env.NODE_ENV !== "production") globalForDb.atlasDb = db;
