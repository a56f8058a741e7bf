import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/sqlite/client";
import { databaseUrl } from "@/lib/db/url";

export type Db = InstanceType<typeof PrismaClient>;

/** A Prisma client for `url` (default: the configured database). */
export function createDb(url: string = databaseUrl()): Db {
  if (!url.startsWith("file:")) {
    throw new Error(`Unsupported DATABASE_URL scheme in "${url.split(":")[0]}:"; use a file: URL for the embedded SQLite database`);
  }
  // A busy timeout lets concurrent writers wait instead of failing with SQLITE_BUSY.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
}

const globalForDb = globalThis as unknown as { atlasDb?: Db };

/** The process-wide client; cached on globalThis so dev-mode reloads reuse one connection. */
export const db: Db = globalForDb.atlasDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.atlasDb = db;
