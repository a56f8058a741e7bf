import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { checkHealth, databaseKind } from "@/lib/data/health";
import { createDb } from "@/lib/db/client";
import { loadCatalog } from "@/lib/catalog/load";
import { createTestDb } from "@/tests/support/test-db";
import { readCatalog } from "@/lib/catalog/read";
import { FIXTURE_CATALOG } from "@/tests/support/catalog-dir";

describe("databaseKind", () => {
  test("follows the DATABASE_URL scheme", () => {
    expect(databaseKind("file:./data/atlas.db")).toBe("sqlite");
    expect(databaseKind("postgresql://u@h/db")).toBe("postgresql");
    expect(databaseKind("postgres://u@h/db")).toBe("postgresql");
  });
});

describe("checkHealth", () => {
  test("reports the loaded catalog version", async () => {
    const t = createTestDb();
    try {
      expect(await checkHealth(t.db, `file:${t.file}`)).toEqual({ status: "ok", database: "sqlite", catalogVersion: null });
      const read = readCatalog(FIXTURE_CATALOG);
      if (!read.ok) throw new Error("fixture catalog is invalid");
      await loadCatalog(t.db, read.catalog);
      const health = await checkHealth(t.db, `file:${t.file}`);
      expect(health).toMatchObject({ status: "ok", database: "sqlite" });
      expect(health.status === "ok" && health.catalogVersion).toMatch(/^[0-9a-f]{8,}$/);
    } finally {
      await t.cleanup();
    }
  });

  test("says the database is unreachable when its file is gone, without the cause", async () => {
    const t = createTestDb();
    await t.cleanup();
    expect(fs.existsSync(t.file)).toBe(false);
    const gone = createDb(`file:${t.file}`);
    try {
      expect(await checkHealth(gone, `file:${t.file}`)).toEqual({ status: "error", database: "sqlite", error: "database unreachable" });
    } finally {
      await gone.$disconnect();
    }
  });
});
