import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { formatCatalogError, readCatalog, type CatalogError } from "@/lib/catalog/read";
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
    ["an unknown source", (c) => c.edit("distros/alpha-linux.json", (j) => j.claims.status[0].sources.push("nowhere")), 'claims.status[0].sources[1]: unknown source "nowhere"'],
    ["an unknown attribute", (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims.colour = [{ value: "red", display: "Red", status: "confirmed", sources: ["vendor-docs"] }])), 'unknown attribute "colour"'],
    ["a missing required attribute", (c) => c.edit("distros/beta-host.json", (j) => delete j.claims["package-manager"]), 'missing required attribute "package-manager"'],
    ["an enum value not allowed", (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims["package-manager"][0].value = "pacman")), '"pacman" is not one of: dnf, none'],
    ["a list value not allowed", (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims.architectures[0].value = ["x86_64", "riscv64"])), '"riscv64" not among'],
    ["a wrong value type", (c) => c.edit("distros/alpha-linux.json", (j) => (j.claims["support-lifecycle"][0].value = true)), "takes a text value"],
    ["a slug that does not match its file", (c) => c.edit("distros/beta-host.json", (j) => (j.slug = "gamma-host")), 'slug "gamma-host" does not match the file name'],
    ["an unknown lineage target", (c) => c.edit("distros/beta-host.json", (j) => (j.derivedFrom = "omega")), 'derivedFrom: unknown distro "omega"'],
    ["a duplicate source id across files", (c) => c.write("sources/more.json", JSON.stringify([{ id: "vendor-docs", title: "Again", publisher: "Vendor", url: "https://v.example", kind: "vendor", published: null, accessed: null }])), 'duplicate source id "vendor-docs"'],
    ["a source nothing cites", (c) => c.write("sources/more.json", JSON.stringify([{ id: "orphan", title: "Orphan page", publisher: "Vendor", url: "https://v.example", kind: "vendor", published: null, accessed: null }])), 'source "orphan" is cited by nothing'],
    ["a stray file", (c) => c.write("distros/notes.txt", "hello"), "only .json files belong in distros/"],
  ])("rejects %s", (_name, change, expected) => {
    const c = copyCatalog();
    change(c);
    const errs = errorsOf(c.dir);
    expect(errs.some((e) => e.includes(expected)), errs.join("\n")).toBe(true);
  });

  test("a missing folder is an error, not a crash", () => {
    const r = readCatalog("/nonexistent/catalog");
    expect(r.ok).toBe(false);
    expect((r as { errors: CatalogError[] }).errors.map((e) => e.file)).toContain("sources/");
  });
});
