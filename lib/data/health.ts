import "server-only";
import type { z } from "zod";
import { currentCatalogHash } from "@/lib/catalog/load";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { getDatabaseProvider, type DatabaseProvider } from "@/lib/db/provider";
import { databaseUrl } from "@/lib/db/url";
import type { healthSchema } from "@/lib/validations/api";
import { errorMessage, log } from "@/lib/log";

export type DatabaseKind = DatabaseProvider;
export type Health = z.infer<typeof healthSchema>;

/** Health waits this long for the database before answering that it did not answer. */
export const HEALTH_DEADLINE_MS = 1000;

/**
 * Queries the database (never a cached value): the current catalog hash.
 * A failure, or no answer within the deadline, is reported with its kind
 * ("database unreachable", "database did not answer within 1 s"); the cause
 * goes to the log only.
 */
export async function checkHealth(database: Db = defaultDb, url: string = databaseUrl(), deadlineMs: number = HEALTH_DEADLINE_MS): Promise<Health> {
  const kind = getDatabaseProvider(url);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), deadlineMs);
  });
  try {
    const hash = await Promise.race([currentCatalogHash(database), late]);
    if (hash === "late") {
      const error = `database did not answer within ${deadlineMs / 1000} s`;
      log("error", `health check failed: ${error}`);
      return { status: "error", database: kind, error };
    }
    return { status: "ok", database: kind, catalogVersion: hash };
  } catch (err) {
    log("error", `health check failed: ${errorMessage(err)}`);
    return { status: "error", database: kind, error: "database unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
