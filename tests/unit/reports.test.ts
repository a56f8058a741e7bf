import { afterEach, describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { readCatalog } from "@/lib/catalog/read";
import { readSnapshot } from "@/lib/catalog/snapshot";
import { createReport, deleteReport, getReport } from "@/lib/data/reports";
import { pruneExpiredReports, reportRetentionDays } from "@/lib/report/retention";
import { toScoringCatalog } from "@/lib/decide/types";
import { renderMarkdown } from "@/lib/report/markdown";
import { reportStaleness } from "@/lib/report/staleness";
import { buildSnapshot } from "@/lib/report/snapshot";
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

    // It keeps a reference to its catalog version, not a copy of the catalog.
    const row = await t.db.report.findUniqueOrThrow({ where: { id: created.snapshot.id } });
    const stored = JSON.parse(row.snapshot) as Record<string, unknown>;
    expect(stored).toMatchObject({ format: 3, catalogVersion: before?.catalogVersion });
    expect(stored).not.toHaveProperty("distros");
    expect(stored).not.toHaveProperty("sources");

    // Against today's catalog it is stale: the moved end date, dated both ways, and the same inputs ranked again.
    const now = await scoring(t.db);
    const stale = reportStaleness(after!, now, now.version, "2026-11-26");
    expect(stale?.changes.map((ch) => [ch.kind, ch.distro, ch.before?.display, ch.after?.display])).toEqual([
      ["end-moved", "alpha-linux", "Standard support: 30 Jun 2027", "Standard support: 31 Jan 2028"],
    ]);
    expect(stale?.changes[0]?.before?.since).toBe(before?.catalogVersion.loadedAt);
    expect(stale?.changes[0]?.after?.since).toBe(now.version.loadedAt);
    expect(stale?.recomputed?.ranked.map((r) => r.slug)).toEqual(["alpha-linux"]);
    expect(stale?.recomputed?.today).toBe("2026-11-26");
    expect(reportStaleness(after!, now, before!.catalogVersion, "2026-11-26")).toBeNull();
  });

  test("a report saved as a full snapshot before versions were kept still opens, as it was", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    await loadCatalog(t.db, catalogAt(FIXTURE_CATALOG));
    const catalog = await scoring(t.db);
    const built = buildSnapshot(
      { candidates: ["alpha-linux", "beta-host"], title: "the old fleet" },
      catalog,
      catalog.version,
      "2026-06-01",
      "11111111-1111-4111-8111-111111111111",
      "2026-06-01T10:00:00.000Z",
    );
    if (!built.ok) throw new Error(built.error);
    // Saved by the earlier layout: every claim and source inside, requirement checks with `pass`.
    const legacy = JSON.parse(JSON.stringify(built.snapshot)) as typeof built.snapshot;
    for (const r of legacy.result.ranked)
      (r as { requirements: unknown[] }).requirements = r.requirements.map(({ outcome, needsChecking: _n, ...c }) => ({ ...c, pass: outcome === "met" }));
    await t.db.report.create({
      data: {
        id: legacy.id,
        createdAt: new Date(legacy.createdAt),
        title: "old",
        catalogHash: "0123456789ab",
        snapshot: JSON.stringify({ ...legacy, catalogVersion: { hash: "0123456789ab", loadedAt: "2026-05-01T00:00:00.000Z" } }),
      },
    });
    const read = await getReport(legacy.id, t.db);
    expect(read?.distros.map((d) => d.slug)).toEqual(["alpha-linux", "beta-host"]);
    expect(read?.catalogVersion.hash).toBe("0123456789ab");
    expect(read?.result.ranked[0]?.requirements.every((c) => c.outcome === "met" || c.outcome === "unmet")).toBe(true);
    const stale = reportStaleness(read!, catalog, catalog.version, "2026-11-26");
    expect(stale?.changes).toEqual([]);
    expect(stale?.recomputed?.winner).toBe(read?.result.winner);
  });

  test("a report is deleted only with the token its save handed out, which is stored only as a hash", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    await loadCatalog(t.db, catalogAt(FIXTURE_CATALOG));
    const created = await createReport({ candidates: ["alpha-linux"] }, { today: "2026-11-25", database: t.db, catalog: await scoring(t.db) });
    if (!created.ok) throw new Error(created.error);
    const id = created.snapshot.id;
    expect(created.deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await t.db.report.findUniqueOrThrow({ where: { id } });
    expect(row.deleteTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.deleteToken);
    expect(await deleteReport(id, "not-the-token", t.db)).toBe("forbidden");
    expect(await deleteReport("00000000-0000-4000-8000-000000000000", created.deleteToken, t.db)).toBe("not-found");
    expect(await getReport(id, t.db)).not.toBeNull();
    expect(await deleteReport(id, created.deleteToken, t.db)).toBe("deleted");
    expect(await getReport(id, t.db)).toBeNull();
    expect(await deleteReport(id, created.deleteToken, t.db)).toBe("not-found");
  });

  test("reports older than the retention period are deleted, newer ones kept", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    await loadCatalog(t.db, catalogAt(FIXTURE_CATALOG));
    const catalog = await scoring(t.db);
    for (const now of [new Date("2024-01-01T00:00:00Z"), new Date("2026-11-01T00:00:00Z")]) {
      const r = await createReport({ candidates: ["alpha-linux"] }, { today: "2026-11-25", database: t.db, catalog, now });
      if (!r.ok) throw new Error(r.error);
    }
    expect(await pruneExpiredReports(t.db, new Date("2026-12-04T00:00:00Z"), 730)).toBe(1);
    expect((await t.db.report.findMany()).map((r) => r.createdAt.toISOString())).toEqual(["2026-11-01T00:00:00.000Z"]);
    expect(await pruneExpiredReports(t.db, new Date("2036-01-01T00:00:00Z"), 0)).toBe(0);
    expect(reportRetentionDays({})).toBe(730);
    expect(reportRetentionDays({ ATLAS_REPORT_RETENTION_DAYS: "30" })).toBe(30);
    expect(() => reportRetentionDays({ ATLAS_REPORT_RETENTION_DAYS: "soon" })).toThrow(/whole number of days/);
  });

  test("an unknown candidate is refused and nothing is stored; unknown ids read as null", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    await loadCatalog(t.db, catalogAt(FIXTURE_CATALOG));
    const r = await createReport({ candidates: ["alpha-linux", "nope"] }, { today: "2026-11-25", database: t.db, catalog: await scoring(t.db) });
    expect(r).toEqual({ ok: false, status: 400, error: 'candidates: unknown distro "nope"' });
    expect(await t.db.report.count()).toBe(0);
    expect(await getReport("00000000-0000-4000-8000-000000000000", t.db)).toBeNull();
    expect(await getReport("../etc/passwd", t.db)).toBeNull();
  });
});
