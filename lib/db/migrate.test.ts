import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyMigrations, pendingMigrations, readMigrations } from "@/lib/db/migrate";
import { createDb } from "@/lib/db/client";
import { createEmptyTestDatabase, TEST_PROVIDERS } from "@/tests/support/test-db";

describe("pendingMigrations", () => {
  const all = [
    { name: "001_a", sql: "", checksum: "a" },
    { name: "002_b", sql: "", checksum: "b" },
  ];
  test("skips the finished ones and keeps the order", () => {
    expect(pendingMigrations(all, [{ migration_name: "001_a", checksum: "a", finished_at: "2026-01-01", rolled_back_at: null }]).map((m) => m.name)).toEqual([
      "002_b",
    ]);
  });
  test("a rolled-back migration is applied again", () => {
    expect(
      pendingMigrations(all, [{ migration_name: "001_a", checksum: "a", finished_at: "2026-01-01", rolled_back_at: "2026-01-02" }]).map((m) => m.name),
    ).toEqual(["001_a", "002_b"]);
  });
  test("a migration that failed half-way stops everything, as prisma migrate deploy does", () => {
    expect(() => pendingMigrations(all, [{ migration_name: "001_a", checksum: "a", finished_at: null, rolled_back_at: null }])).toThrow(/001_a failed earlier/);
  });
});

/** A copy of the committed migrations plus one more, under a temporary prisma/ root. */
function migrationsPlus(provider: "sqlite" | "postgresql", name: string, sql: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-migrations-"));
  fs.cpSync(path.join("prisma", provider, "migrations"), path.join(root, provider, "migrations"), { recursive: true });
  fs.mkdirSync(path.join(root, provider, "migrations", name));
  fs.writeFileSync(path.join(root, provider, "migrations", name, "migration.sql"), sql);
  return root;
}

describe.each(TEST_PROVIDERS)("applyMigrations on %s", (provider) => {
  let url = "";
  let cleanup = async () => {};
  beforeAll(async () => {
    ({ url, cleanup } = await createEmptyTestDatabase(provider));
  });
  afterAll(() => cleanup());

  test("applies every committed migration once, with Prisma's checksums", { timeout: 60_000 }, async () => {
    const committed = readMigrations(provider);
    expect(await applyMigrations(url)).toEqual(committed.map((m) => m.name));
    expect(await applyMigrations(url)).toEqual([]);
    const db = createDb(url);
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      expect(rows).toEqual(committed.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
      // The schema is usable by the generated client.
      expect(await db.report.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  test("the Prisma CLI reads the result as up to date", { timeout: 60_000 }, () => {
    const cli = spawnSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "status"], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    expect(cli.stdout + cli.stderr).toMatch(/Database schema is up to date/);
    expect(cli.status).toBe(0);
  });

  test("a failing migration leaves neither its changes nor a record, and names itself", { timeout: 60_000 }, async () => {
    const root = migrationsPlus(provider, "29990101000000_broken", `CREATE TABLE "Half" ("id" INTEGER); INSERT INTO "NoSuchTable" VALUES (1);`);
    try {
      await expect(applyMigrations(url, root)).rejects.toThrow(/Migration 29990101000000_broken failed: .*NoSuchTable/);
      const db = createDb(url);
      try {
        const half = await db.$queryRawUnsafe<unknown[]>(
          provider === "sqlite" ? `SELECT name FROM sqlite_master WHERE name = 'Half'` : `SELECT tablename::text FROM pg_tables WHERE tablename = 'Half'`,
        );
        expect(half).toEqual([]);
        const recorded = await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'`);
        expect(recorded).toEqual([]);
      } finally {
        await db.$disconnect();
      }
      // Fixed, it applies on the next start.
      fs.writeFileSync(path.join(root, provider, "migrations", "29990101000000_broken", "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);`);
      expect(await applyMigrations(url, root)).toEqual(["29990101000000_broken"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
