import { afterEach, describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { readCatalog } from "@/lib/catalog/read";
import { readSnapshot } from "@/lib/catalog/snapshot";
import { createReport, getReport } from "@/lib/data/reports";
import { toScoringCatalog } from "@/lib/decide/types";
import { renderMarkdown } from "@/lib/report/markdown";
import { copyCatalog, FIXTURE_CATALOG } from "@/tests/support/catalog-dir";
import { createTestDb, TEST_PROVIDERS } from "@/tests/support/test-db";
import type { Db } from "@/lib/db/client";

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});

function catalogAt(dir: string) {
  const r = readCatalog(dir);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
  return r.catalog;
}

async function scoring(db: Db) {
  const snap = await readSnapshot(db);
  if (!snap) throw new Error("catalog expected");
  return { ...toScoringCatalog(snap.distros, snap.attributes), version: snap.version };
}

describe.each(TEST_PROVIDERS)("saved reports on %s", (provider) => {
  test("a saved report is unchanged after a different catalog is loaded", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    await loadCatalog(t.db, catalogAt(FIXTURE_CATALOG));
    const created = await createReport(
      { candidates: ["alpha-linux", "beta-host"], title: "the test fleet", requirements: { ga: true } },
      { today: "2026-11-25", database: t.db, catalog: await scoring(t.db) },
    );
    if (!created.ok) throw new Error(created.error);
    const before = await getReport(created.snapshot.id, t.db);
    expect(before?.result.excluded.map((x) => x.slug)).toEqual(["beta-host"]);
    const markdownBefore = renderMarkdown(before!);

    const c = copyCatalog();
    c.edit("distros/alpha-linux.json", (j) => {
      j.name = "Alpha Linux Renamed";
      j.releases[0].standard.end = "2028-01-31";
    });
    const outcome = await loadCatalog(t.db, catalogAt(c.dir));
    expect(outcome.changed).toBe(true);

    const after = await getReport(created.snapshot.id, t.db);
    expect(after).toEqual(before);
    expect(renderMarkdown(after!)).toBe(markdownBefore);
    expect(markdownBefore).toContain("Use Alpha Linux for the test fleet");
    expect(markdownBefore).toContain(`catalog-version: "${before?.catalogVersion.hash}"`);
    expect(before?.catalogVersion.hash).not.toBe(outcome.hash);
  });

  test("an unknown candidate is refused and nothing is stored; unknown ids read as null", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    await loadCatalog(t.db, catalogAt(FIXTURE_CATALOG));
    const r = await createReport({ candidates: ["alpha-linux", "nope"] }, { today: "2026-11-25", database: t.db, catalog: await scoring(t.db) });
    expect(r).toEqual({ ok: false, error: 'candidates: unknown distro "nope"' });
    expect(await t.db.report.count()).toBe(0);
    expect(await getReport("00000000-0000-4000-8000-000000000000", t.db)).toBeNull();
    expect(await getReport("../etc/passwd", t.db)).toBeNull();
  });
});
