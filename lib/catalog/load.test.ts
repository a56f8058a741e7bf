import { spawn } from "node:child_process";
import { afterEach, describe, expect, test } from "vitest";
import { currentCatalogHash, listVersions, loadCatalog, readVersion } from "@/lib/catalog/load";
import { readCatalog, type Catalog } from "@/lib/catalog/read";
import { readSnapshot } from "@/lib/catalog/snapshot";
import { copyCatalog } from "@/tests/support/catalog-dir";
import { createTestDb, TEST_PROVIDERS } from "@/tests/support/test-db";
import type { Db } from "@/lib/db/client";

function fixture(dir = "tests/fixtures/catalog"): Catalog {
  const r = readCatalog(dir);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
  return r.catalog;
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});
/** Loads the fixture catalog from a separate process, like a second app instance. */
async function loadInChild(url: string): Promise<{ changed: boolean }> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/support/load-catalog-child.ts"], {
    env: { ...process.env, DATABASE_URL: url },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const code = await new Promise((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`loader failed: ${err}`);
  return JSON.parse(out.trim().split("\n").pop() ?? "") as { changed: boolean };
}

async function dump(db: Db) {
  return db.catalogVersion.findMany({ orderBy: { id: "asc" } });
}

describe.each(TEST_PROVIDERS)("loadCatalog against a real %s database", (provider) => {
  async function testDb() {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    return t.db;
  }

  test("stores the whole catalog as one document that reads back equal", async () => {
    const db = await testDb();
    const catalog = fixture();
    const outcome = await loadCatalog(db, catalog, { now: new Date("2026-11-01T00:00:00Z"), commit: "0123abc" });
    expect(outcome).toMatchObject({ changed: true, previous: null, distros: 2, claims: 8, sources: 3 });
    const stored = await readVersion(db);
    const { hash: _hash, ...document } = catalog;
    expect(stored).toMatchObject({ hash: catalog.hash, commit: "0123abc", loadedAt: new Date("2026-11-01T00:00:00Z") });
    expect(stored?.document).toEqual(document);
    expect(await currentCatalogHash(db)).toBe(catalog.hash);
  });

  test("is idempotent: a second load of the same catalog changes nothing", async () => {
    const db = await testDb();
    const catalog = fixture();
    await loadCatalog(db, catalog, { now: new Date("2026-11-01T00:00:00Z") });
    const before = await dump(db);
    const again = await loadCatalog(db, fixture(), { now: new Date("2026-11-02T00:00:00Z") });
    expect(again).toEqual({ changed: false, hash: catalog.hash });
    expect(await dump(db)).toEqual(before);
  });

  test("a changed catalog becomes current and the old version is kept", async () => {
    const db = await testDb();
    const first = fixture();
    await loadCatalog(db, first, { now: new Date("2026-11-01T00:00:00Z") });
    const c = copyCatalog();
    c.edit("distros/beta-host.json", (j) => (j.name = "Beta Host 2"));
    const next = fixture(c.dir);
    const outcome = await loadCatalog(db, next, { now: new Date("2026-11-02T00:00:00Z") });
    expect(outcome.changed && outcome.previous).toBe(first.hash);
    expect((await readVersion(db))?.document.distros.find((d) => d.slug === "beta-host")?.name).toBe("Beta Host 2");
    expect((await readVersion(db, first.hash))?.document.distros.find((d) => d.slug === "beta-host")?.name).toBe("Beta Host");
    expect((await listVersions(db)).map((v) => [v.hash, v.loadedAt.toISOString()])).toEqual([
      [first.hash, "2026-11-01T00:00:00.000Z"],
      [next.hash, "2026-11-02T00:00:00.000Z"],
    ]);
    // Going back to an earlier catalog is a change too, recorded as a new version.
    expect((await loadCatalog(db, first)).changed).toBe(true);
    expect(await currentCatalogHash(db)).toBe(first.hash);
    expect(await db.catalogVersion.count()).toBe(3);
  });

  test("a version whose document no longer reads is refused on read, not half-rendered", async () => {
    const db = await testDb();
    const catalog = fixture();
    await loadCatalog(db, catalog);
    const broken: Catalog = { ...catalog, hash: "ffffffffffff", distros: [{ ...catalog.distros[0]!, slug: "Not A Slug" }] };
    await loadCatalog(db, broken);
    await expect(readVersion(db)).rejects.toThrow(/slug/);
    expect((await readVersion(db, catalog.hash))?.hash).toBe(catalog.hash);
  });

  test("two loaders racing in separate processes store the catalog once", { timeout: 60_000 }, async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    const outcomes = await Promise.all([loadInChild(t.url), loadInChild(t.url)]);
    expect(outcomes.filter((o) => o.changed)).toHaveLength(1);
    expect(await t.db.catalogVersion.count()).toBe(1);
    expect((await readVersion(t.db))?.document.distros).toHaveLength(2);
  });

  test("an invalid catalog is never handed to the loader", () => {
    const c = copyCatalog();
    c.edit("distros/alpha-linux.json", (j) => (j.claims.status[0].value = "beta"));
    expect(readCatalog(c.dir).ok).toBe(false);
  });
});

describe.each(TEST_PROVIDERS)("readSnapshot on %s", (provider) => {
  async function testDb() {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    return t.db;
  }

  test("assembles disputes, statuses, lineage and citations", async () => {
    const db = await testDb();
    expect(await readSnapshot(db)).toBeNull();
    await loadCatalog(db, fixture());
    const snap = await readSnapshot(db);
    if (!snap) throw new Error("snapshot expected");
    const alpha = snap.distros.find((d) => d.slug === "alpha-linux");
    const beta = snap.distros.find((d) => d.slug === "beta-host");
    const life = alpha?.attributes.find((a) => a.key === "support-lifecycle");
    expect(life?.status).toBe("disputed");
    expect(life?.claims.map((c) => [c.display, c.preferred])).toEqual([
      ["Five years", true],
      ["Two years", false],
    ]);
    expect(life?.claims[1]?.sources[0]?.title).toBe("Fixture press story");
    expect(alpha?.attributes.find((a) => a.key === "architectures")?.claims[0]?.value).toEqual(["x86_64", "aarch64"]);
    expect(beta?.attributes.find((a) => a.key === "support-lifecycle")).toMatchObject({ status: "unknown", claims: [{ value: null }] });
    expect(beta?.attributes.find((a) => a.key === "package-manager")?.status).toBe("inferred");
    expect(alpha?.derivatives).toEqual(["beta-host"]);
    expect(alpha?.currentRelease?.name).toBe("2");
    expect(alpha?.currentRelease?.maintenance).toEqual({ name: "Maintenance support", end: "2029-06-30", paid: true });
    expect(alpha?.currentRelease?.standard?.paid).toBe(false);
    expect(alpha?.currentRelease?.sources[0]).toMatchObject({ id: "vendor-docs", accessed: "2026-11-01", quote: "The vendor states the release dates." });
    expect(alpha?.reviewed).toBe("2026-11-01");
    expect(life?.claims[0]?.sources[0]).toMatchObject({ id: "vendor-docs", quote: "The vendor states the support-lifecycle." });
    expect(life?.claims[0]?.history).toEqual([
      {
        display: "Three years",
        until: "2025-06",
        sources: [expect.objectContaining({ id: "vendor-docs", quote: "Each release is supported for three years." })],
      },
    ]);
    expect(life?.claims[1]?.history).toEqual([]);
    const unknownLife = beta?.attributes.find((a) => a.key === "support-lifecycle")?.claims[0];
    expect(unknownLife?.sources.map((s) => [s.id, s.quote])).toEqual([["vendor-docs", null]]);
    expect(alpha?.releases[1]?.maintenance).toBeNull();
    // Managed Kubernetes: services resolved against sources, and each node OS's window on them.
    const service = snap.kubernetes[0];
    expect(service?.versions.map((v) => v.version)).toEqual(["1.35", "1.34", "1.9"]);
    expect(service?.versions[0]?.sources[0]).toMatchObject({ id: "service-versions", quote: "1.35 | 2026-10-01 | 2027-12-01 | 2028-12-01" });
    expect(service?.nodeOs.map((o) => [o.name, o.distroName])).toEqual([
      ["Beta Host", "Beta Host"],
      ["Alpha Linux", "Alpha Linux"],
      ["Windows Server", null],
    ]);
    expect(service?.nodeOs[0]?.confidential).toMatchObject({ status: "unknown", value: null });
    expect(snap.sources.find((s) => s.id === "service-versions")?.citations[0]).toMatchObject({
      kind: "service",
      distro: "fixture-ks",
      distroName: "Example Kubernetes Service",
    });
    expect(beta?.managedKubernetes.map((w) => w.version)).toEqual(["1.34"]);
    const press = snap.sources.find((s) => s.id === "press-story");
    expect(press?.citations).toEqual([
      {
        distro: "alpha-linux",
        distroName: "Alpha Linux",
        kind: "claim",
        key: "support-lifecycle",
        label: "Support lifecycle",
        display: "Two years",
        status: "disputed",
      },
    ]);
  });
});
