import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { criticalCoverage, formatCatalogError, readCatalog, sparseAttributes, type CatalogError } from "@/lib/catalog/read";
import { copyCatalog } from "@/tests/support/catalog-dir";

function errorsOf(dir: string): string[] {
  const r = readCatalog(dir);
  return r.ok ? [] : r.errors.map(formatCatalogError);
}

describe("readCatalog", () => {
  test("the fixture catalog is valid and hashed", () => {
    const r = readCatalog("tests/fixtures/catalog");
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.catalog.distros.map((d) => d.slug)).toEqual(["alpha-linux", "beta-host"]);
      expect(r.catalog.hash).toMatch(/^[0-9a-f]{12}$/);
    }
  });

  test("a NUL or lone surrogate anywhere is an error naming the file and path, before it can reach the database", () => {
    const c = copyCatalog();
    c.write("sources/fixture.json", fs.readFileSync(path.join(c.dir, "sources/fixture.json"), "utf8").replace('"title": "', '"title": "\\ud800'));
    c.edit("distros/beta-host.json", (j) => (j.summary = `${j.summary}\u0000`));
    const errors = errorsOf(c.dir);
    expect(errors).toContain("sources/fixture.json: [0].title: contains a lone UTF-16 surrogate (half of a character)");
    expect(errors).toContain("distros/beta-host.json: summary: contains a NUL character (\\u0000)");
  });

  test("the hash ignores key order and formatting but not content", () => {
    const base = readCatalog("tests/fixtures/catalog");
    const c = copyCatalog();
    const original = JSON.parse(fs.readFileSync(path.join(c.dir, "distros/alpha-linux.json"), "utf8")) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(original).reverse());
    c.write("distros/alpha-linux.json", JSON.stringify(reversed));
    const reordered = readCatalog(c.dir);
    expect(reordered.ok && base.ok && reordered.catalog.hash === base.catalog.hash).toBe(true);
    c.edit("distros/alpha-linux.json", (j) => {
      j.summary = `${j.summary} Changed.`;
    });
    const changed = readCatalog(c.dir);
    expect(changed.ok && base.ok && changed.catalog.hash !== base.catalog.hash).toBe(true);
  });

  test("reports schema errors as file: path: message", () => {
    const c = copyCatalog();
    c.edit("distros/alpha-linux.json", (j) => {
      j.releases[0].releaseDate = "2025-02-30";
    });
    expect(errorsOf(c.dir)).toContain("distros/alpha-linux.json: releases[0].releaseDate: is not a real calendar date");
  });

  test("invalid JSON names the file", () => {
    const c = copyCatalog();
    c.write("distros/beta-host.json", "{ not json");
    const errs = errorsOf(c.dir);
    expect(errs.some((e) => e.startsWith("distros/beta-host.json: (file): invalid JSON"))).toBe(true);
  });

  test.each<[string, (c: ReturnType<typeof copyCatalog>) => void, string]>([
    [
      "an unknown source",
      (c) => c.edit("distros/alpha-linux.json", (j) => j.claims.status[0].sources.push({ source: "nowhere", quote: "Nowhere says so." })),
      'claims.status[0].sources[1]: unknown source "nowhere"',
    ],
    [
      "an unknown attribute",
      (c) =>
        c.edit(
          "distros/alpha-linux.json",
          (j) =>
            (j.claims.colour = [{ value: "red", display: "Red", status: "confirmed", sources: [{ source: "vendor-docs", quote: "The vendor says red." }] }]),
        ),
      'unknown attribute "colour"',
    ],
    [
      "a missing required attribute",
      (c) => c.edit("distros/beta-host.json", (j) => delete j.claims["package-manager"]),
      'missing required attribute "package-manager"',
    ],
    [
      "an enum value not allowed",
      (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims["package-manager"][0].value = "pacman")),
      '"pacman" is not one of: dnf, none',
    ],
    [
      "a list value not allowed",
      (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims.architectures[0].value = ["x86_64", "riscv64"])),
      '"riscv64" not among',
    ],
    ["a wrong value type", (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims["support-lifecycle"][0].value = true)), "takes a text value"],
    [
      "a slug that does not match its file",
      (c) => c.edit("distros/beta-host.json", (j) => (j.slug = "gamma-host")),
      'slug "gamma-host" does not match the file name',
    ],
    ["an unknown lineage target", (c) => c.edit("distros/beta-host.json", (j) => (j.derivedFrom = "omega")), 'derivedFrom: unknown distro "omega"'],
    [
      "a duplicate source id across files",
      (c) =>
        c.write(
          "sources/more.json",
          JSON.stringify([
            { id: "vendor-docs", title: "Again", publisher: "Vendor", url: "https://v.example", kind: "vendor", published: null, accessed: "2026-11-01" },
          ]),
        ),
      'duplicate source id "vendor-docs"',
    ],
    [
      "a source nothing cites",
      (c) =>
        c.write(
          "sources/more.json",
          JSON.stringify([
            { id: "orphan", title: "Orphan page", publisher: "Vendor", url: "https://v.example", kind: "vendor", published: null, accessed: "2026-11-01" },
          ]),
        ),
      'source "orphan" is cited by nothing',
    ],
    ["a stray file", (c) => c.write("distros/notes.txt", "hello"), "only .json files belong in distros/"],
  ])("rejects %s", (_name, change, expected) => {
    const c = copyCatalog();
    change(c);
    const errs = errorsOf(c.dir);
    expect(
      errs.some((e) => e.includes(expected)),
      errs.join("\n"),
    ).toBe(true);
  });

  // The status rules: what each status requires of the sources a claim cites.
  test.each<[string, (c: ReturnType<typeof copyCatalog>) => void, string]>([
    [
      "a confirmed claim without a quote",
      (c) => c.edit("distros/alpha-linux.json", (j) => delete j.claims.status[0].sources[0].quote),
      "claims.status[0].sources[0].quote: a confirmed claim quotes each source it cites",
    ],
    [
      "a confirmed claim resting on the press",
      (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims.status[0].sources = [{ source: "press-story", quote: "The press says it is GA." }])),
      'a confirmed claim cites only vendor or project sources ("press-story" is press',
    ],
    [
      "a reported claim citing the vendor",
      (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims.status[0].status = "reported")),
      '"vendor-docs" is a vendor source: a claim it states is confirmed, not reported',
    ],
    [
      "a reported claim without a quote",
      (c) =>
        c.edit("distros/alpha-linux.json", (j) => (j.claims.status[0] = { ...j.claims.status[0], status: "reported", sources: [{ source: "press-story" }] })),
      "a reported claim quotes each source it cites",
    ],
    [
      "a disputed position without a quote",
      (c) => c.edit("distros/alpha-linux.json", (j) => delete j.claims["support-lifecycle"][1].sources[0].quote),
      "each disputed position quotes the sources that state it",
    ],
    [
      "an unknown claim that names no page checked",
      (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims.architectures[0] = { value: null, display: "Not stated", status: "unknown", sources: [] })),
      "an unknown claim names the pages checked that do not state it",
    ],
    [
      "an unknown claim with a quote",
      (c) =>
        c.edit(
          "distros/alpha-linux.json",
          (j) =>
            (j.claims.architectures[0] = {
              value: null,
              display: "Not stated",
              status: "unknown",
              sources: [{ source: "vendor-docs", quote: "x86_64 and arm64." }],
            }),
        ),
      "an unknown claim quotes nothing",
    ],
    [
      "an earlier position without a quote",
      (c) =>
        c.edit(
          "distros/alpha-linux.json",
          (j) => (j.claims.status[0].history = [{ display: "Preview", until: "2025-01", sources: [{ source: "vendor-docs" }] }]),
        ),
      "history[0].sources[0].quote: an earlier position quotes the source that stated it",
    ],
    [
      "a release without a quoted vendor or project source",
      (c) => c.edit("distros/alpha-linux.json", (j) => (j.releases[0].sources = [{ source: "press-story", quote: "Release 2 shipped." }])),
      "releases[0].sources: a release needs a vendor or project source quoted for its dates",
    ],
    [
      "a source without an access date",
      (c) => c.edit("sources/fixture.json", (j) => (j[0].accessed = null)),
      "[0].accessed: every source needs the date it was read",
    ],
    [
      "a vendor source without a URL",
      (c) => c.edit("sources/fixture.json", (j) => (j[0] = { ...j[0], url: null, note: "Lost." })),
      "[0].url: a source needs its URL",
    ],
    ["a distro without a review date", (c) => c.edit("distros/beta-host.json", (j) => delete j.reviewed), "distros/beta-host.json: reviewed:"],
    // Managed Kubernetes: a version's dates carry their own evidence status.
    [
      "a version confirmed by a tracker",
      (c) => c.edit("kubernetes.json", (j) => j.services[0].versions[0].sources.push({ source: "press-story", quote: "1.35 ends on 1 December 2027." })),
      'confirmed dates cite only the service\'s pages ("press-story" is not one',
    ],
    [
      "a version reported without the tracker",
      (c) => c.edit("kubernetes.json", (j) => (j.services[0].versions[0] = { ...j.services[0].versions[0], status: "reported", note: "From a tracker." })),
      "reported dates cite the tracker that reports them",
    ],
    ["worked-out dates without a note", (c) => c.edit("kubernetes.json", (j) => (j.services[0].versions[0].status = "inferred")), "inferred dates need a note"],
    [
      "a node OS option naming an unknown distro",
      (c) => c.edit("kubernetes.json", (j) => (j.services[0].nodeOs[0].distro = "omega")),
      'nodeOs[0].distro: unknown distro "omega"',
    ],
    [
      "offered versions that are not Kubernetes versions",
      (c) => c.edit("kubernetes.json", (j) => (j.services[0].nodeOs[0].versions.value = ["latest"])),
      "a list of Kubernetes minor versions",
    ],
    [
      "a FIPS value outside its vocabulary",
      (c) => c.edit("kubernetes.json", (j) => (j.services[0].nodeOs[0].fips.value = "validated")),
      "fips.value: must be one of: available, none",
    ],
    [
      "a node OS claim confirmed without a quote",
      (c) => c.edit("kubernetes.json", (j) => delete j.services[0].nodeOs[0].fips.sources[0].quote),
      "nodeOs[0].fips.sources[0].quote: a confirmed claim quotes each source it cites",
    ],
  ])("enforces the evidence rules: rejects %s", (_name, change, expected) => {
    const c = copyCatalog();
    change(c);
    const errs = errorsOf(c.dir);
    expect(
      errs.some((e) => e.includes(expected)),
      errs.join("\n"),
    ).toBe(true);
  });

  test("a press piece whose address cannot be found may lack a URL when a note says why", () => {
    const c = copyCatalog();
    c.edit("sources/fixture.json", (j) => (j[1] = { ...j[1], url: null, note: "Its address was not kept." }));
    expect(errorsOf(c.dir)).toEqual([]);
  });

  test("a reported claim rests on quoted press or community sources", () => {
    const c = copyCatalog();
    c.edit(
      "distros/alpha-linux.json",
      (j) =>
        (j.claims.status[0] = {
          ...j.claims.status[0],
          status: "reported",
          sources: [{ source: "press-story", quote: "Alpha Linux is generally available." }],
        }),
    );
    expect(errorsOf(c.dir)).toEqual([]);
  });

  test("counts the decision-critical values left unknown", () => {
    const c = copyCatalog();
    c.edit("attributes.json", (j) =>
      j.forEach((a: { key: string; critical?: boolean }) => (a.critical = a.key === "architectures" || a.key === "package-manager")),
    );
    c.edit(
      "distros/beta-host.json",
      (j) => (j.claims.architectures = [{ value: null, display: "Not stated", status: "unknown", sources: [{ source: "vendor-docs" }] }]),
    );
    const r = readCatalog(c.dir);
    if (!r.ok) throw new Error(r.errors.map(formatCatalogError).join("\n"));
    expect(criticalCoverage(r.catalog)).toEqual({ total: 4, unknown: ["beta-host: architectures"] });
  });

  test("a required attribute unknown for more than a tenth of the distros needs a stated reason", () => {
    const c = copyCatalog();
    const r = readCatalog(c.dir);
    if (!r.ok) throw new Error(r.errors.map(formatCatalogError).join("\n"));
    // One of the fixture's two distros leaves its support lifecycle unknown.
    expect(sparseAttributes(r.catalog)).toEqual([{ key: "support-lifecycle", unknown: ["beta-host"] }]);
    c.edit("attributes.json", (j) =>
      j.forEach((a: { key: string; sparseBecause?: string }) => {
        if (a.key === "support-lifecycle") a.sparseBecause = "The fixture vendor publishes no lifecycle for Beta Host.";
      }),
    );
    const again = readCatalog(c.dir);
    expect(again.ok && sparseAttributes(again.catalog)).toEqual([]);
  });

  test("a missing folder is an error, not a crash", () => {
    const r = readCatalog("/nonexistent/catalog");
    expect(r.ok).toBe(false);
    expect((r as { errors: CatalogError[] }).errors.map((e) => e.file)).toContain("sources/");
  });
});
