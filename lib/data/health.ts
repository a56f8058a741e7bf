import "server-only";
import type { z } from "zod";
import { currentCatalogHash } from "@/lib/catalog/load";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { getDatabaseProvider, type DatabaseProvider } from "@/lib/db/provider";
import { databaseUrl } from "@/lib/db/url";
import type { healthSchema } from "@/lib/validations/api";

export type DatabaseKind = DatabaseProvider;
export type Health = z.infer<typeof healthSchema>;

/**
 * Queries the database (never a cached value): the current catalog hash.
 * Any failure is reported as "database unreachable"; the cause goes to the log only.
 */
export async function checkHealth(database: Db = defaultDb, url: string = databaseUrl()): Promise<Health> {
  const kind = getDatabaseProvider(url);
  try {
    const hash = await currentCatalogHash(database);
    return { status: "ok", database: kind, catalogVersion: hash };
  } catch (err) {
    console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", msg: `health check failed: ${err instanceof Error ? err.message : String(err)}` }));
    return { status: "error", database: kind, error: "database unreachable" };
  }
}
