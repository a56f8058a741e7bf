import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { renderPdf, type Paper } from "@/lib/report/pdf";
import { buildSnapshot, type ReportSnapshot } from "@/lib/report/snapshot";
import { ATTRIBUTES, distro, HOST, SERVER } from "@/tests/support/decide-fixture";

const VERSION = { hash: "abc123def456", loadedAt: "2026-11-20T10:00:00.000Z" };
const REPORT_URL = "http://atlas.test/reports/id-1";

/** `count` candidates, each with two dated releases, so the score matrix and lifecycle table grow with it. */
function snapshotOf(count: number): ReportSnapshot {
  const distros = Array.from({ length: count }, (_, i) => {
    const base = i % 2 === 0 ? HOST : SERVER;
    const claims = Object.fromEntries(base.attributes.map((a) => [a.key, a.claims[0]?.value ?? null]));
    return distro(`d${String(i + 1).padStart(2, "0")}`, claims, [
      { releaseDate: "2024-01-01", standard: { name: "Standard", end: `2030-0${(i % 9) + 1}-28`, paid: false } },
      {
        releaseDate: "2022-01-01",
        standard: { name: "Standard", end: "2027-06-30", paid: false },
        maintenance: { name: "Maintenance", end: "2029-06-30", paid: false },
      },
    ]);
  });
  const r = buildSnapshot(
    { candidates: distros.map((d) => d.slug), title: "the test fleet" },
    { distros, attributes: ATTRIBUTES },
    VERSION,
    "2026-11-25",
    "id-1",
    "2026-11-25T12:00:00.000Z",
  );
  if (!r.ok) throw new Error(r.error);
  return r.snapshot;
}

type Rendered = { raw: string; pages: string[]; count: number };

/** The PDF as poppler reads it: the page count from pdfinfo, each page's text from pdftotext (pages end with a form feed). */
async function render(s: ReportSnapshot, paper: Paper = "a4"): Promise<Rendered> {
  const pdf = await renderPdf(s, { paper, reportUrl: REPORT_URL });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atlas-pdf-")), "r.pdf");
  fs.writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())?.[1]);
  const pages = execFileSync("pdftotext", ["-layout", file, "-"]).toString().split("\f").slice(0, count);
  return { raw: pdf.toString("latin1"), pages, count };
}

/** A page's text without its footer (the report's title and "Page N of M"). */
const body = (page: string) =>
  page
    .split("\n")
    .filter((l) => !/Page \d+ of \d+/.test(l))
    .join("\n")
    .trim();

describe("PDF layout", () => {
  test("every page is numbered 'Page N of M', M being the real page count", async () => {
    const { pages, count } = await render(snapshotOf(12));
    expect(count).toBeGreaterThan(2);
    expect(pages).toHaveLength(count);
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${count}`));
  });

  test("source addresses and the way back to the app are link annotations", async () => {
    const { raw, pages } = await render(snapshotOf(2));
    expect(raw).toContain("/URI (https://example.com/)");
    expect(raw).toContain(`/URI (${REPORT_URL})`);
    expect(raw.match(/\/Subtype \/Link/g)?.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toContain(`Open this report in Distro Atlas: ${REPORT_URL}`);
    expect(pages.join("\n")).toContain("https://example.com/");
  });

  test.each([1, 3, 12, 40])("with %i candidates no page is left holding only its footer", async (count) => {
    for (const paper of ["a4", "letter"] as const) {
      const { pages } = await render(snapshotOf(count), paper);
      pages.forEach((text, i) => expect(body(text), `${paper} page ${i + 1} of ${pages.length}`).not.toBe(""));
      expect(body(pages.at(-1) ?? "")).toContain("Computed on 2026-11-25");
    }
  });

  test("the score matrix and lifecycle table repeat their header row on every page they run onto", async () => {
    const { pages } = await render(snapshotOf(40));
    const spans = (start: RegExp, end: RegExp) => {
      const from = pages.findIndex((p) => start.test(p));
      const to = pages.findIndex((p, i) => i >= from && end.test(p));
      return pages.slice(from, to + 1);
    };
    const matrix = spans(/Score matrix/, /Values read conservatively|Sensitivity/);
    expect(matrix.length).toBeGreaterThan(1);
    for (const p of matrix) expect(p).toMatch(/Rank\s+Option\s+Support/);
    const lifecycle = spans(/Key lifecycle dates/, /^\s*Sources\s*$/m);
    expect(lifecycle.length).toBeGreaterThan(1);
    for (const p of lifecycle) expect(p).toMatch(/Option\s+Release\s+Released\s+End of standard/);
    // Every row is there once: 40 options with two releases each.
    expect(lifecycle.join("\n").match(/^\s*D\d\d\s+R[01]\s/gm)).toHaveLength(80);
  });
});
