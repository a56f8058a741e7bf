import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { prepareDatabase } from "@/server/prepare-db";
import { createDb } from "@/lib/db/client";
import { readCatalog } from "@/lib/catalog/read";
import { readVersion } from "@/lib/catalog/load";
import { copyCatalog } from "@/tests/support/catalog-dir";
import { createEmptyTestDatabase, TEST_PROVIDERS } from "@/tests/support/test-db";
import { testPostgresUrl } from "@/tests/support/pg";

const saved = process.env.DATABASE_URL;
beforeAll(() => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(() => {
  process.env.DATABASE_URL = saved;
  vi.restoreAllMocks();
});

async function appliedMigrations(url: string): Promise<string[]> {
  const db = createDb(url);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    return rows.map((r) => r.migration_name);
  } finally {
    await db.$disconnect();
  }
}

// What `npm start` does before serving: create, migrate, load; then again on a restart.
describe.each(TEST_PROVIDERS)("prepareDatabase (npm start's database step) on %s", (provider) => {
  let url = "";
  let cleanup = async () => {};
  beforeAll(async () => {
    const empty = await createEmptyTestDatabase(provider);
    // SQLite: a folder that does not exist yet, as on a first start.
    url = provider === "sqlite" ? empty.url.replace(/test\.db$/, "nested/atlas.db") : empty.url;
    cleanup = empty.cleanup;
    process.env.DATABASE_URL = url;
  });
  afterAll(() => cleanup());

  test("an invalid catalog and an empty database is a clear failure", { timeout: 60_000 }, async () => {
    const bad = copyCatalog();
    bad.write("distros/alpha-linux.json", "{");
    await expect(prepareDatabase({ catalogDir: bad.dir })).rejects.toThrow(/is invalid \(\d+ error\(s\)\) and the database holds none/);
  });

  // Four starts; generous time for a busy 2-core machine.
  test("creates the database, migrates and loads", { timeout: 120_000 }, async () => {
    const catalog = copyCatalog();
    const first = await prepareDatabase({ catalogDir: catalog.dir });
    if (provider === "sqlite") expect(fs.existsSync(url.slice("file:".length))).toBe(true);
    expect(first.catalogHash).toMatch(/^[0-9a-f]{12}$/);
    const migrations = fs.readdirSync(path.join("prisma", provider, "migrations")).filter((m) => !m.endsWith(".toml"));
    expect(await appliedMigrations(url)).toEqual(migrations.sort());

    // A restart with the same catalog keeps everything, applies no migration again and loads nothing new.
    const again = await prepareDatabase({ catalogDir: catalog.dir });
    expect(again.catalogHash).toBe(first.catalogHash);
    expect(await appliedMigrations(url)).toEqual(migrations.sort());

    // A change in the repo is loaded on the next start.
    catalog.edit("distros/beta-host.json", (j) => (j.summary = "A fixture container host whose summary was corrected in the repository."));
    const changed = await prepareDatabase({ catalogDir: catalog.dir });
    expect(changed.catalogHash).not.toBe(first.catalogHash);

    // A broken file keeps the previous catalog in service.
    catalog.write("distros/beta-host.json", "{ broken");
    const kept = await prepareDatabase({ catalogDir: catalog.dir });
    expect(kept.catalogHash).toBe(changed.catalogHash);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/"level":"error","msg":"catalog: distros\/beta-host\.json: \(file\): invalid JSON/));

    const db = createDb(url);
    try {
      expect(await db.catalogVersion.count()).toBe(2);
      expect((await readVersion(db))?.document.distros.find((d) => d.slug === "beta-host")?.summary).toContain("corrected");
    } finally {
      await db.$disconnect();
    }
  });
});

// Two instances starting at once against one fresh PostgreSQL database.
describe.skipIf(!testPostgresUrl())("two instances starting together on PostgreSQL", () => {
  test("migrate and load once: one catalog version, the full catalog, no error", { timeout: 180_000 }, async () => {
    const empty = await createEmptyTestDatabase("postgresql");
    try {
      process.env.DATABASE_URL = empty.url;
      const [a, b] = await Promise.all([prepareDatabase(), prepareDatabase()]);
      const shipped = readCatalog("prisma/catalog");
      if (!shipped.ok) throw new Error("the shipped catalog is invalid");
      expect(a.catalogHash).toBe(shipped.catalog.hash);
      expect(b.catalogHash).toBe(shipped.catalog.hash);
      const db = createDb(empty.url);
      try {
        expect(await db.catalogVersion.count()).toBe(1);
        const { hash: _hash, ...document } = shipped.catalog;
        expect((await readVersion(db))?.document).toEqual(document);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await empty.cleanup();
    }
  });
});
