import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { checkHealth } from "@/lib/data/health";
import { createDb } from "@/lib/db/client";
import { loadCatalog } from "@/lib/catalog/load";
import { createTestDb } from "@/tests/support/test-db";
import { readCatalog } from "@/lib/catalog/read";
import { FIXTURE_CATALOG } from "@/tests/support/catalog-dir";

describe("checkHealth", () => {
  test("reports the loaded catalog version", async () => {
    const t = await createTestDb();
    try {
      expect(await checkHealth(t.db, t.url)).toEqual({ status: "ok", database: "sqlite", catalogVersion: null });
      const read = readCatalog(FIXTURE_CATALOG);
      if (!read.ok) throw new Error("fixture catalog is invalid");
      await loadCatalog(t.db, read.catalog);
      const health = await checkHealth(t.db, t.url);
      expect(health).toMatchObject({ status: "ok", database: "sqlite" });
      expect(health.status === "ok" && health.catalogVersion).toMatch(/^[0-9a-f]{8,}$/);
    } finally {
      await t.cleanup();
    }
  });

  test("says the database is unreachable when its file is gone, without the cause", async () => {
    const t = await createTestDb();
    await t.cleanup();
    const file = t.url.slice("file:".length);
    expect(fs.existsSync(file)).toBe(false);
    const gone = createDb(t.url);
    try {
      expect(await checkHealth(gone, t.url)).toEqual({ status: "error", database: "sqlite", error: "database unreachable" });
    } finally {
      await gone.$disconnect();
    }
  });

  test("answers within its deadline when the database does not, saying so", async () => {
    const stalled = { catalogVersion: { findFirst: () => new Promise(() => undefined) } } as unknown as Parameters<typeof checkHealth>[0];
    const started = Date.now();
    expect(await checkHealth(stalled, "postgresql://u:p@127.0.0.1:5432/x", 200)).toEqual({
      status: "error",
      database: "postgresql",
      error: "database did not answer within 0.2 s",
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
