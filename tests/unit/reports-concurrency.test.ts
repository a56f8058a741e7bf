import { afterEach, describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { readCatalog } from "@/lib/catalog/read";
import { readSnapshot } from "@/lib/catalog/snapshot";
import { createReport, getReport } from "@/lib/data/reports";
import { createDb, type Db } from "@/lib/db/client";
import { toScoringCatalog } from "@/lib/decide/types";
import { FIXTURE_CATALOG } from "@/tests/support/catalog-dir";
import { createTestDb, TEST_PROVIDERS } from "@/tests/support/test-db";

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});

// 50 saves at once through createReport (what POST /api/v1/reports calls),
// spread over five connections as several server processes would be.
describe.each(TEST_PROVIDERS)("50 concurrent report saves on %s", (provider) => {
  test("all are stored, none lost, each retrievable", { timeout: 120_000 }, async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    const read = readCatalog(FIXTURE_CATALOG);
    if (!read.ok) throw new Error("fixture catalog invalid");
    await loadCatalog(t.db, read.catalog);
    const snap = await readSnapshot(t.db);
    if (!snap) throw new Error("catalog expected");
    const catalog = { ...toScoringCatalog(snap.distros, snap.attributes), version: snap.version };

    const clients: Db[] = [t.db];
    for (let i = 1; i < 5; i++) {
      const c = createDb(t.url);
      clients.push(c);
      cleanups.push(() => c.$disconnect());
    }
    const saves = Array.from({ length: 50 }, (_, i) =>
      createReport(
        { candidates: ["alpha-linux", "beta-host"], title: `fleet ${i}`, number: i + 1 },
        { today: "2026-11-25", database: clients[i % clients.length], catalog },
      ),
    );
    const results = await Promise.all(saves);
    const ids = results.map((r) => {
      if (!r.ok) throw new Error(r.error);
      return r.snapshot.id;
    });
    expect(new Set(ids).size).toBe(50);
    expect(await t.db.report.count()).toBe(50);
    for (const [i, id] of ids.entries()) {
      const stored = await getReport(id, clients[(i + 1) % clients.length]);
      expect(stored?.id).toBe(id);
      expect(stored?.title).toBe(`fleet ${i}`);
    }
  });
});
