import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { renderCsv, renderJson } from "@/lib/report/csv";
import { markdownFileName, renderMarkdown } from "@/lib/report/markdown";
import { renderPdf } from "@/lib/report/pdf";
import { buildSnapshot, type ReportSnapshot } from "@/lib/report/snapshot";
import { ATTRIBUTES, HOST, SERVER } from "@/tests/support/decide-fixture";

const VERSION = { hash: "abc123def456", loadedAt: "2026-11-20T10:00:00.000Z" };

function snapshot(extra: Partial<Parameters<typeof buildSnapshot>[0]> = {}, distros = [HOST, SERVER]): ReportSnapshot {
  const r = buildSnapshot({ candidates: distros.map((d) => d.slug), ...extra }, { distros, attributes: ATTRIBUTES }, VERSION, "2026-11-25", "id-1", "2026-11-25T12:00:00.000Z");
  if (!r.ok) throw new Error(r.error);
  return r.snapshot;
}

describe("Markdown (MADR 4.0)", () => {
  test("has the front matter, title, Y-statement, sections and revisit date", () => {
    const s = snapshot({ title: "the EKS node fleet", decisionMakers: ["Ana"], number: 7, weights: { "update-safety": 5 } });
    const md = renderMarkdown(s);
    expect(md.startsWith('---\nstatus: proposed\ndate: 2026-11-25\ndecision-makers: ["Ana"]\nconsulted: []\ninformed: []\ncatalog-version: "abc123def456"\n---\n')).toBe(true);
    expect(md).toContain("# Use HOST for the EKS node fleet");
    expect(md).toMatch(/In the context of the EKS node fleet, .* we decided for HOST and against SERVER/);
    for (const h of ["## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome", "### Consequences", "### Confirmation", "## Pros and Cons of the Options", "## More Information", "### Sensitivity", "### Key lifecycle dates", "### Sources"]) {
      expect(md).toContain(h);
    }
    expect(md).toContain('Chosen option: "HOST", because');
    expect(md).toContain("**Revisit by 2027-11-25**: no end of standard support is published for R0");
    expect(md).toContain("[Source](https://example.com/) — P <https://example.com/>, accessed 2026-11-01");
    expect(markdownFileName(s)).toBe("0007-use-host.md");
  });
  test("user text cannot inject markup, HTML or front matter", () => {
    const s = snapshot({ title: "x\n# Evil <script>alert(1)</script>", context: "[click](javascript:alert(1)) | pipe", decisionMakers: ['Eve"\nstatus: accepted'] });
    const md = renderMarkdown(s);
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("\n# Evil");
    expect(md).toContain("\\[click\\](javascript:alert(1)) \\| pipe");
    expect(md).toContain('decision-makers: ["Eve\\"\\nstatus: accepted"]');
    expect(md.match(/^status:/gm)).toHaveLength(1);
  });
});

describe("CSV and JSON", () => {
  test("the score matrix neutralises formulas in names", () => {
    const evil = { ...SERVER, slug: "evil", name: "=HYPERLINK(\"http://x\")" };
    const csv = renderCsv(snapshot({ requirements: { packageManager: true } }, [HOST, evil]));
    const lines = csv.split("\r\n");
    expect(lines[0]).toMatch(/^rank,option,slug,Support remaining \(weight 4\),/);
    expect(csv).toContain(`1,"'=HYPERLINK(""http://x"")",evil,`);
    expect(csv).toContain("excluded,HOST,host,");
  });
  test("JSON carries inputs, result, claims, sources and the catalog version", () => {
    const j = JSON.parse(renderJson(snapshot()));
    expect(j.catalogVersion.hash).toBe("abc123def456");
    expect(j.result.ranked).toHaveLength(2);
    expect(j.distros[0].attributes.length).toBeGreaterThan(5);
    expect(j.sources.map((s: { id: string }) => s.id)).toEqual(["s"]);
  });
});

describe("PDF", () => {
  test.each(["a4", "letter"] as const)("on %s holds the candidates, sources and revisit date as text", async (paper) => {
    const pdf = await renderPdf(snapshot({ title: "arrows → and ≥ “quotes”" }), { paper });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atlas-pdf-")), "r.pdf");
    fs.writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
    const info = execFileSync("pdfinfo", [file]).toString();
    expect(info).toMatch(paper === "a4" ? /595\.28 x 841\.89/ : /612 x 792/);
    expect(text).toContain("HOST");
    expect(text).toContain("SERVER");
    expect(text).toContain("https://example.com/");
    expect(text).toContain("Revisit by 2027-11-25");
    expect(text).toContain("arrows → and ≥ “quotes”");
  });
});
