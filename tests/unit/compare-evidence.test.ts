import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { readCatalog } from "@/lib/catalog/read";
import { readSnapshot } from "@/lib/catalog/snapshot";
import { buildCompareData, distroEvidence, SUPPORT_END_KEY } from "@/lib/compare/build";
import { loadAllEvidence, loadEvidence } from "@/lib/compare/evidence";
import { packCompareData, unpackCompareData, type PackedCompareData } from "@/lib/compare/wire";
import type { DistroDetail } from "@/lib/validations/api";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

// The shipped catalog: the page and the dialog must agree on every one of its cells.
let t: TestDb;
let distros: DistroDetail[];
let hash: string;
let compare: ReturnType<typeof buildCompareData>;

beforeAll(async () => {
  t = await createTestDb("sqlite");
  const r = readCatalog();
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
  await loadCatalog(t.db, r.catalog);
  const snap = await readSnapshot(t.db);
  if (!snap) throw new Error("catalog expected");
  distros = snap.distros;
  hash = snap.version.hash;
  compare = buildCompareData(snap.distros, snap.attributes, "2026-12-03", hash);
});
afterAll(async () => t.cleanup());

/** A fetch that answers as GET /api/v1/distros/{slug} would, counting its calls. */
function apiFetch(version = () => hash, status = () => 200) {
  return vi.fn(async (url: string) => {
    const slug = decodeURIComponent(url.split("/").pop() ?? "");
    const distro = distros.find((d) => d.slug === slug);
    if (status() !== 200 || !distro) return new Response(JSON.stringify({ error: "no" }), { status: distro ? status() : 404 });
    return new Response(JSON.stringify({ catalogVersion: { hash: version(), loadedAt: "2026-12-03T00:00:00.000Z" }, distro }));
  });
}

describe("the comparison data in the page", () => {
  test("packed for the page, it unpacks into every cell of the shipped catalog unchanged, in well under the unpacked size", () => {
    const wire = JSON.stringify(packCompareData(compare));
    expect(unpackCompareData(JSON.parse(wire) as PackedCompareData)).toEqual(compare);
    expect(wire.length).toBeLessThan(JSON.stringify(compare).length * 0.8);
  });
});

describe("claim evidence for /compare", () => {
  test("the page carries no notes or sources, and the evidence lines up with its cells claim for claim", () => {
    const page = JSON.stringify(compare);
    expect(page).not.toContain('"note"');
    expect(page).not.toContain('"sources"');
    for (const d of distros) {
      const cells = compare.distros.find((x) => x.slug === d.slug)!.cells;
      // As the browser gets it: through JSON.
      const evidence = distroEvidence(JSON.parse(JSON.stringify(d)) as DistroDetail);
      expect(Object.keys(evidence).sort()).toEqual(Object.keys(cells).sort());
      for (const [key, cell] of Object.entries(cells)) expect(evidence[key]).toHaveLength(cell.claims.length);
      for (const attr of d.attributes) {
        expect(evidence[attr.key]!.map((e) => e.note)).toEqual(attr.claims.map((c) => c.note));
        expect(evidence[attr.key]!.map((e) => e.sources.map((s) => s.url))).toEqual(attr.claims.map((c) => c.sources.map((s) => s.url)));
      }
      expect(evidence[SUPPORT_END_KEY]![0]!.sources.map((s) => s.id)).toEqual(d.currentRelease?.sources.map((s) => s.id) ?? []);
    }
  });

  test("a disputed cell's evidence gives each position its own sources", () => {
    const azure = distros.find((d) => d.slug === "azure-linux-4")!;
    const support = distroEvidence(azure)["support-lifecycle"]!;
    expect(support.length).toBeGreaterThan(1);
    expect(support.every((e) => e.sources.length > 0)).toBe(true);
  });

  test("loads once per distro, and says so when the catalog changed under the page", async () => {
    const fetcher = apiFetch();
    const [a, b] = await Promise.all([loadEvidence("bottlerocket", hash, fetcher), loadEvidence("bottlerocket", hash, fetcher)]);
    expect(a.ok && b.ok).toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher.mock.calls[0]![0]).toBe("/api/v1/distros/bottlerocket");

    const stale = await loadEvidence("flatcar", "an-older-catalog", apiFetch());
    expect(stale).toEqual({ ok: false, error: expect.stringMatching(/catalog has changed since this page was loaded/) });
  });

  test("a failure is an answer with a message and is retried on the next ask", async () => {
    let status = 503;
    const fetcher = apiFetch(undefined, () => status);
    const first = await loadEvidence("amazon-linux-2023", hash, fetcher);
    expect(first).toEqual({ ok: false, error: expect.stringMatching(/answered 503/) });
    status = 200;
    const second = await loadEvidence("amazon-linux-2023", hash, fetcher);
    expect(second.ok).toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(2);

    const offline = await loadEvidence("amazon-linux-2", hash, async () => Promise.reject(new TypeError("Failed to fetch")));
    expect(offline).toEqual({ ok: false, error: expect.stringMatching(/Could not reach the catalog API/) });
  });

  test("several distros at once, or the first failure", async () => {
    const all = await loadAllEvidence(["azure-linux-4", "bottlerocket"], hash, apiFetch());
    expect(all.ok && Object.keys(all.evidence)).toEqual(["azure-linux-4", "bottlerocket"]);
    const missing = await loadAllEvidence(["azure-linux-4", "not-a-distro"], hash, apiFetch());
    expect(missing).toEqual({ ok: false, error: expect.stringMatching(/answered 404/) });
  });
});
