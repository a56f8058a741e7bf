import { describe, expect, test } from "vitest";
import { diffDistros, recordedRevisions, versionChanges, type VersionDistros } from "@/lib/catalog/history";
import { readCatalog } from "@/lib/catalog/read";
import { snapshotFromDocument } from "@/lib/catalog/snapshot";
import { toDocument } from "@/lib/catalog/document";
import { copyCatalog } from "@/tests/support/catalog-dir";

const TODAY = "2026-11-25";

/** The fixture catalog after `edit`, as a kept version loaded at `loadedAt`. */
function version(loadedAt: string, edit?: (c: ReturnType<typeof copyCatalog>) => void): VersionDistros {
  const c = copyCatalog();
  edit?.(c);
  const read = readCatalog(c.dir);
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.file} ${e.path} ${e.message}`).join("\n"));
  const v = { hash: read.catalog.hash, loadedAt };
  return { version: v, distros: snapshotFromDocument(toDocument(read.catalog), v, TODAY).distros };
}

describe("versionChanges", () => {
  test("the first version is the baseline; an unchanged reload changes nothing", () => {
    const v1 = version("2026-11-01T09:00:00.000Z");
    expect(versionChanges([v1])).toEqual([]);
    expect(versionChanges([v1, { ...v1, version: { ...v1.version, loadedAt: "2026-11-02T09:00:00.000Z" } }])).toEqual([]);
  });

  test("a moved end date, a changed value, a new dispute and a new release, each with both dates", () => {
    const v1 = version("2026-11-01T09:00:00.000Z");
    const v2 = version("2026-11-20T09:00:00.000Z", (c) =>
      c.edit("distros/alpha-linux.json", (j) => {
        j.releases[0].standard.end = "2028-06-30";
        j.claims["package-manager"][0] = {
          value: "none",
          display: "None: image updates only",
          status: "confirmed",
          sources: [{ source: "vendor-docs", quote: "The vendor ships no package manager now." }],
        };
        j.claims.status = [
          {
            value: "ga",
            display: "Generally available",
            status: "disputed",
            preferred: true,
            sources: [{ source: "vendor-docs", quote: "The vendor states the status." }],
          },
          {
            value: "preview",
            display: "Still a preview",
            status: "disputed",
            sources: [{ source: "press-story", quote: "A press story calls it a preview." }],
          },
        ];
        j.releases.unshift({ ...j.releases[0], name: "3", label: "Alpha Linux 3", releaseDate: "2026-11-15", latest: null });
      }),
    );
    const changes = versionChanges([v1, v2]);
    const byKind = (kind: string) => changes.filter((c) => c.kind === kind);

    const moved = byKind("end-moved");
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      distro: "alpha-linux",
      date: "2026-11-20T09:00:00.000Z",
      summary: "Alpha Linux 2: end of Standard support moved from 30 Jun 2027 to 30 Jun 2028",
      before: { display: "Standard support: 30 Jun 2027", since: "2026-11-01T09:00:00.000Z" },
      after: { display: "Standard support: 30 Jun 2028", since: "2026-11-20T09:00:00.000Z" },
      version: v2.version,
    });
    expect(moved[0]?.sources[0]).toMatchObject({ id: "vendor-docs", quote: "The vendor states the release dates." });

    expect(byKind("value-changed")).toEqual([
      expect.objectContaining({
        subject: { type: "claim", key: "package-manager", label: "Package manager" },
        before: expect.objectContaining({ display: "dnf", status: "confirmed" }),
        after: expect.objectContaining({ display: "None: image updates only" }),
      }),
    ]);
    expect(byKind("dispute-opened")[0]?.after?.display).toBe("Disputed: Generally available / Still a preview");
    expect(byKind("release-added")[0]).toMatchObject({ subject: { type: "release", key: "3", label: "Alpha Linux 3" }, before: null });
    expect(changes.every((c) => c.distro === "alpha-linux")).toBe(true);
  });

  test("an earlier state is dated by the version that first held it, not the one just before", () => {
    const v1 = version("2026-10-01T00:00:00.000Z");
    const v2 = version("2026-10-15T00:00:00.000Z", (c) =>
      c.edit("distros/beta-host.json", (j) => (j.summary = "A fixture container host whose summary was reworded, nothing else.")),
    );
    const v3 = version("2026-11-01T00:00:00.000Z", (c) => {
      c.edit("distros/beta-host.json", (j) => (j.summary = "A fixture container host whose summary was reworded, nothing else."));
      c.edit("distros/alpha-linux.json", (j) => (j.releases[0].maintenance.end = "2030-06-30"));
    });
    const [moved] = versionChanges([v1, v2, v3]);
    expect(moved).toMatchObject({ kind: "end-moved", date: "2026-11-01T00:00:00.000Z", before: { since: "2026-10-01T00:00:00.000Z" } });
  });

  test("a distro added and one removed", () => {
    const { distros } = version("2026-11-01T00:00:00.000Z");
    const [alpha, beta] = distros;
    if (!alpha || !beta) throw new Error("fixture has two distros");
    const at = { hash: "000000000002", loadedAt: "2026-11-02T00:00:00.000Z" };
    const changes = diffDistros([alpha], [beta], at, () => "2026-11-01T00:00:00.000Z");
    expect(changes.map((c) => [c.kind, c.distro, c.summary])).toEqual([
      ["distro-added", "beta-host", "Beta Host added to the catalog"],
      ["distro-removed", "alpha-linux", "Alpha Linux removed from the catalog"],
    ]);
    expect(changes[1]?.before?.since).toBe("2026-11-01T00:00:00.000Z");
  });
});

describe("recordedRevisions", () => {
  test("a vendor's replaced position becomes a change dated by its statement, citing both positions", () => {
    const { distros } = version("2026-11-01T00:00:00.000Z");
    const [rev] = recordedRevisions(distros);
    expect(rev).toMatchObject({
      kind: "vendor-revised",
      date: "2025-06",
      distro: "alpha-linux",
      subject: { type: "claim", key: "support-lifecycle" },
      before: { display: "Three years", since: null },
      after: { display: "Five years", since: "2025-06" },
      version: null,
    });
    expect(rev?.sources.map((s) => s.quote)).toEqual(["The vendor states the support-lifecycle.", "Each release is supported for three years."]);
  });
});
