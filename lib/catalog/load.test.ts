import { spawn } from "node:child_process";
import { afterEach, describe, expect, test } from "vitest";
import { currentCatalogHash, loadCatalog } from "@/lib/catalog/load";
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
  return {
    distros: await db.distro.findMany({ orderBy: { slug: "asc" } }),
    claims: await db.claim.findMany({ orderBy: { id: "asc" } }),
    claimSources: await db.claimSource.findMany({ orderBy: [{ claimId: "asc" }, { sourceId: "asc" }] }),
    releases: await db.release.findMany({ orderBy: { id: "asc" } }),
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    attributes: await db.attribute.findMany({ orderBy: { key: "asc" } }),
    versions: await db.catalogVersion.findMany(),
  };
}

describe.each(TEST_PROVIDERS)("loadCatalog against a real %s database", (provider) => {
  async function testDb() {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    return t.db;
  }

  test("loads every row of the catalog", async () => {
    const db = await testDb();
    const catalog = fixture();
    const outcome = await loadCatalog(db, catalog);
    expect(outcome).toMatchObject({ changed: true, previous: null, distros: 2, claims: 8, sources: 3 });
    const rows = await dump(db);
    expect(rows.distros.map((d) => d.slug)).toEqual(["alpha-linux", "beta-host"]);
    expect(rows.releases).toHaveLength(2);
    // Seven citations of confirmed, disputed and inferred claims, and the page checked for the unknown one.
    expect(rows.claimSources.length).toBe(8);
    expect(await currentCatalogHash(db)).toBe(catalog.hash);
  });

  test("is idempotent: a second load of the same catalog changes nothing", async () => {
    const db = await testDb();
    const catalog = fixture();
    await loadCatalog(db, catalog, new Date("2026-11-01T00:00:00Z"));
    const before = await dump(db);
    const again = await loadCatalog(db, fixture(), new Date("2026-11-02T00:00:00Z"));
    expect(again).toEqual({ changed: false, hash: catalog.hash });
    expect(await dump(db)).toEqual(before);
  });

  test("a changed catalog replaces the old one and records a new version", async () => {
    const db = await testDb();
    await loadCatalog(db, fixture());
    const c = copyCatalog();
    c.edit("distros/beta-host.json", (j) => (j.name = "Beta Host 2"));
    const next = fixture(c.dir);
    const outcome = await loadCatalog(db, next);
    expect(outcome.changed && outcome.previous).toBe(fixture().hash);
    expect((await db.distro.findUniqueOrThrow({ where: { slug: "beta-host" } })).name).toBe("Beta Host 2");
    expect(await db.catalogVersion.count()).toBe(2);
  });

  test("is atomic: a load that fails part-way leaves the previous catalog untouched", async () => {
    const db = await testDb();
    await loadCatalog(db, fixture());
    const before = await dump(db);
    // Two sources with one id pass no validation; force one past it to make the insert fail mid-transaction.
    const broken = fixture();
    const first = broken.sources[0];
    if (!first) throw new Error("fixture has sources");
    const bad: Catalog = { ...broken, hash: "ffffffffffff", sources: [...broken.sources, first] };
    await expect(loadCatalog(db, bad)).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
    expect(await currentCatalogHash(db)).toBe(broken.hash);
  });

  test("two loaders racing in separate processes store the catalog once", { timeout: 60_000 }, async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    const outcomes = await Promise.all([loadInChild(t.url), loadInChild(t.url)]);
    expect(outcomes.filter((o) => o.changed)).toHaveLength(1);
    expect(await t.db.catalogVersion.count()).toBe(1);
    expect(await t.db.claim.count()).toBe(8);
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
    expect(life?.claims.map((c) => [c.display, c.preferred])).toEqual([["Five years", true], ["Two years", false]]);
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
      { display: "Three years", until: "2025-06", sources: [expect.objectContaining({ id: "vendor-docs", quote: "Each release is supported for three years." })] },
    ]);
    expect(life?.claims[1]?.history).toEqual([]);
    const unknownLife = beta?.attributes.find((a) => a.key === "support-lifecycle")?.claims[0];
    expect(unknownLife?.sources.map((s) => [s.id, s.quote])).toEqual([["vendor-docs", null]]);
    expect(alpha?.releases[1]?.maintenance).toBeNull();
    // Managed Kubernetes: services resolved against sources, and each node OS's window on them.
    const service = snap.kubernetes[0];
    expect(service?.versions.map((v) => v.version)).toEqual(["1.35", "1.34", "1.9"]);
    expect(service?.versions[0]?.sources[0]).toMatchObject({ id: "service-versions", quote: "1.35 | 2026-10-01 | 2027-12-01 | 2028-12-01" });
    expect(service?.nodeOs.map((o) => [o.name, o.distroName])).toEqual([["Beta Host", "Beta Host"], ["Alpha Linux", "Alpha Linux"], ["Windows Server", null]]);
    expect(service?.nodeOs[0]?.confidential).toMatchObject({ status: "unknown", value: null });
    expect(snap.sources.find((s) => s.id === "service-versions")?.citations[0]).toMatchObject({ kind: "service", distro: "fixture-ks", distroName: "Example Kubernetes Service" });
    expect(beta?.managedKubernetes.map((w) => w.version)).toEqual(["1.34"]);
    const press = snap.sources.find((s) => s.id === "press-story");
    expect(press?.citations).toEqual([
      { distro: "alpha-linux", distroName: "Alpha Linux", kind: "claim", key: "support-lifecycle", label: "Support lifecycle", display: "Two years", status: "disputed" },
    ]);
  });
});
