import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { prepareDatabase } from "@/scripts/prepare-db";
import { createDb } from "@/lib/db/client";
import { copyCatalog } from "@/tests/support/catalog-dir";

// What `npm start` does before serving: create the file, migrate, load; then again on a restart.
describe("prepareDatabase (npm start's database step)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-start-"));
  const url = `file:${path.join(dir, "nested", "atlas.db")}`;
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL = url;
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterAll(() => {
    process.env.DATABASE_URL = saved;
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("an invalid catalog and an empty database is a clear failure", async () => {
    const bad = copyCatalog();
    bad.write("distros/alpha-linux.json", "{");
    await expect(prepareDatabase({ catalogDir: bad.dir })).rejects.toThrow(/is invalid \(\d+ error\(s\)\) and the database holds none/);
  });

  // Four `prisma migrate deploy` runs; generous time for a busy 2-core machine.
  test("creates the database folder and file, migrates and loads", { timeout: 120_000 }, async () => {
    const catalog = copyCatalog();
    const first = await prepareDatabase({ catalogDir: catalog.dir });
    expect(fs.existsSync(path.join(dir, "nested", "atlas.db"))).toBe(true);
    expect(first.catalogHash).toMatch(/^[0-9a-f]{12}$/);

    // A restart with the same catalog keeps everything and loads nothing new.
    const again = await prepareDatabase({ catalogDir: catalog.dir });
    expect(again.catalogHash).toBe(first.catalogHash);

    // A change in the repo is loaded on the next start.
    catalog.edit("distros/beta-host.json", (j) => (j.summary = "A fixture container host whose summary was corrected in the repository."));
    const changed = await prepareDatabase({ catalogDir: catalog.dir });
    expect(changed.catalogHash).not.toBe(first.catalogHash);

    // A broken file keeps the previous catalog in service.
    catalog.write("distros/beta-host.json", "{ broken");
    const kept = await prepareDatabase({ catalogDir: catalog.dir });
    expect(kept.catalogHash).toBe(changed.catalogHash);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^catalog: distros\/beta-host\.json: \(file\): invalid JSON/));

    const db = createDb(url);
    try {
      expect(await db.catalogVersion.count()).toBe(2);
      expect((await db.distro.findUniqueOrThrow({ where: { slug: "beta-host" } })).summary).toContain("corrected");
    } finally {
      await db.$disconnect();
    }
  });
});
