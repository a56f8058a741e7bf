import type { Db, DbTx } from "@/lib/db/client";
import { providerOf } from "@/lib/db/client";

/** PostgreSQL advisory lock keys; distinct so one session's lock never waits on its own other lock. */
export const LOCK_KEYS = { prepare: 726_143_001, catalogLoad: 726_143_002 } as const;

/**
 * Makes `tx` the only writer of the catalog until it commits. PostgreSQL: a
 * transaction-scoped advisory lock. SQLite: a no-op write as the first
 * statement takes the write lock up front (waiting out the busy timeout),
 * so the reads that follow cannot go stale before the writes.
 */
export async function lockCatalogForWrite(db: Db, tx: DbTx): Promise<void> {
  if (providerOf(db) === "postgresql") {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK_KEYS.catalogLoad})`);
  } else {
    await tx.$executeRawUnsafe(`UPDATE "CatalogVersion" SET "id" = "id" WHERE 0`);
  }
}
