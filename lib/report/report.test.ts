import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { renderCsv, renderJson } from "@/lib/report/csv";
import { markdownFileName, renderMarkdown } from "@/lib/report/markdown";
import { platformFacts } from "@/lib/report/narrative";
import { renderPdf } from "@/lib/report/pdf";
import { buildSnapshot, upgradeSnapshot, type ReportSnapshot } from "@/lib/report/snapshot";
import { ATTRIBUTES, distro, HOST, SERVER } from "@/tests/support/decide-fixture";

const VERSION = { hash: "abc123def456", loadedAt: "2026-11-20T10:00:00.000Z" };

function snapshot(extra: Partial<Parameters<typeof buildSnapshot>[0]> = {}, distros = [HOST, SERVER]): ReportSnapshot {
  const r = buildSnapshot(
    { candidates: distros.map((d) => d.slug), ...extra },
    { distros, attributes: ATTRIBUTES },
    VERSION,
    "2026-11-25",
    "id-1",
    "2026-11-25T12:00:00.000Z",
  );
  if (!r.ok) throw new Error(r.error);
  return r.snapshot;
}

describe("Markdown (MADR 4.0)", () => {
  test("has the front matter, title, Y-statement, sections and revisit date", () => {
    const s = snapshot({ title: "the EKS node fleet", decisionMakers: ["Ana"], number: 7, weights: { "update-safety": 5 } });
    const md = renderMarkdown(s);
    expect(
      md.startsWith('---\nstatus: proposed\ndate: 2026-11-25\ndecision-makers: ["Ana"]\nconsulted: []\ninformed: []\ncatalog-version: "abc123def456"\n---\n'),
    ).toBe(true);
    expect(md).toContain("# Use HOST for the EKS node fleet");
    expect(md).toMatch(/In the context of the EKS node fleet, .* we decided for HOST and against SERVER/);
    for (const h of [
      "## Context and Problem Statement",
      "## Decision Drivers",
      "## Considered Options",
      "## Decision Outcome",
      "### Consequences",
      "### Confirmation",
      "## Pros and Cons of the Options",
      "## More Information",
      "### Sensitivity",
      "### Key lifecycle dates",
      "### Sources",
    ]) {
      expect(md).toContain(h);
    }
    expect(md).toContain('Chosen option: "HOST", because');
    // HOST publishes no end of its own; the option SERVER ends its standard support first.
    expect(md).toContain("**Revisit by 2027-06-30**: the earliest lifecycle event among the options: SERVER R0's end of Standard support (2027-06-30).");
    expect(md).toContain("[Source](https://example.com/) — P <https://example.com/>, accessed 2026-11-01");
    expect(markdownFileName(s)).toBe("0007-use-host.md");
  });
  test("user text cannot inject markup, HTML or front matter", () => {
    const s = snapshot({
      title: "x\n# Evil <script>alert(1)</script>",
      context: "[click](javascript:alert(1)) | pipe",
      decisionMakers: ['Eve"\nstatus: accepted'],
    });
    const md = renderMarkdown(s);
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("\n# Evil");
    expect(md).toContain("\\[click\\](javascript:alert(1)) \\| pipe");
    expect(md).toContain('decision-makers: ["Eve\\"\\nstatus: accepted"]');
    expect(md.match(/^status:/gm)).toHaveLength(1);
  });
});

describe("platform facts", () => {
  test("say a fact's status and a dispute's other positions in words, as every text export does", () => {
    const facts = distro("facts", {
      status: "ga",
      kernel: { disputed: ["6.1 LTS", "6.6 LTS"] },
      "gpu-support": { inferred: "NVIDIA drivers" },
      "access-model": "SSM only",
    });
    const s = snapshot({}, [facts]);
    expect(platformFacts(s)).toEqual([
      {
        name: "FACTS",
        facts: [
          { label: "Kernel", display: "6.1 LTS (sources disagree; other position: 6.6 LTS)" },
          { label: "Gpu support", display: "NVIDIA drivers (our reading of the sources)" },
          { label: "Access model", display: "SSM only" },
        ],
      },
    ]);
    expect(renderMarkdown(s)).toContain("* Gpu support: NVIDIA drivers (our reading of the sources)\n");
  });
});

describe("the ADR says what its numbers say", () => {
  const criterionOf = (label: string, s: ReportSnapshot, slug: string) =>
    s.result.ranked.find((c) => c.slug === slug)?.breakdown.find((b) => b.label.toLowerCase() === label);

  test("the Y-statement names only criteria the chosen option scores at least half on and leads or nearly leads", () => {
    for (const weights of [{}, { "support-remaining": 5 }, { "update-safety": 0, flexibility: 5 }]) {
      const s = snapshot({ weights });
      const winner = s.result.winner;
      if (!winner) continue;
      const y =
        renderMarkdown(s)
          .split("\n")
          .find((l) => l.startsWith("In the context of")) ?? "";
      const achieved = /to achieve (.*?), accepting/.exec(y)?.[1] ?? "";
      for (const c of s.criteria) {
        if (!new RegExp(`\\b${c.label.toLowerCase()}\\b`).test(achieved)) continue;
        expect(criterionOf(c.label.toLowerCase(), s, winner)?.value, `${c.label} in "${y}"`).toBeGreaterThanOrEqual(0.5);
      }
    }
  });

  test("the chosen option has a Good line, a candidate left alone gets Good and Bad lines, and no slug reaches the prose", () => {
    const s = snapshot({ requirements: { packageManager: true } });
    const md = renderMarkdown(s, "https://atlas.example");
    const consequences = md.slice(md.indexOf("### Consequences"), md.indexOf("### Confirmation"));
    expect(consequences).toMatch(/\* Good, because /);
    const server = md.slice(md.indexOf("### SERVER"), md.indexOf("## More Information"));
    expect(server).toMatch(/\* Good, because /);
    expect(server).toMatch(/\* Bad, because /);
    const prose = md.replace(/<[^>]*>|\]\([^)]*\)|https?:\/\/\S+/g, "");
    for (const slug of [
      "update-model",
      "image-ab",
      "support-lifecycle",
      "package-manager",
      "root-filesystem",
      "selinux-default",
      "secure-boot",
      "managed-kubernetes",
    ]) {
      expect(prose, slug).not.toContain(slug);
    }
  });

  test("an unknown value keeps its candidate as unverified, never as failing, unless strict", () => {
    const s = snapshot({ requirements: { managedKubernetes: "eks" } });
    const md = renderMarkdown(s);
    expect(s.result.excluded).toEqual([]);
    expect(md).toContain("SERVER (unverified: Must be a node OS of Amazon EKS)");
    expect(md).not.toMatch(/Bad, because fails/);
    const j = JSON.parse(renderJson(s));
    const server = j.result.ranked.find((c: { slug: string }) => c.slug === "server");
    expect(server.requirements).toEqual([expect.objectContaining({ requirement: "managedKubernetes", outcome: "unverified", reason: expect.any(String) })]);
    const strict = snapshot({ requirements: { managedKubernetes: "eks" }, strict: true });
    expect(strict.result.excluded.map((x) => x.slug)).toEqual(["server"]);
    expect(renderMarkdown(strict)).toContain("Strict: a candidate whose sources cannot show it meets a requirement is excluded");
  });

  test("the OS in use today is a considered option, scored like the others, and the record links back to the decision", () => {
    const s = snapshot({ candidates: ["host"], current: "server" });
    expect(s.candidates).toEqual(["host", "server"]);
    expect(s.result.ranked.map((c) => c.slug).sort()).toEqual(["host", "server"]);
    const md = renderMarkdown(s, "https://atlas.example");
    expect(md).toContain("* SERVER (in use today)");
    expect(md).toMatch(/Neutral, because it is the OS in use today/);
    expect(md.trimEnd().split("\n").at(-1)).toContain("<https://atlas.example/decide?distros=host,server&current=server>");
    const kept = snapshot({ candidates: ["host"], current: "server", weights: { "update-safety": 0, "attack-surface": 0, flexibility: 5 } });
    if (kept.result.winner === "server") expect(renderMarkdown(kept)).toMatch(/we decided to keep SERVER, the OS in use today/);
  });

  test("a report saved before outcomes existed still opens, read as it was computed", () => {
    const s = snapshot({ requirements: { packageManager: true } });
    const legacy = JSON.parse(JSON.stringify(s));
    for (const x of legacy.result.excluded) {
      delete x.requirements;
      for (const f of x.failed) {
        f.pass = false;
        delete f.outcome;
        delete f.needsChecking;
      }
    }
    for (const c of legacy.result.ranked) {
      delete c.unverified;
      for (const f of c.requirements) {
        f.pass = true;
        delete f.outcome;
        delete f.needsChecking;
      }
    }
    delete legacy.result.current;
    delete legacy.result.strict;
    const up = upgradeSnapshot(legacy);
    expect(up.result.excluded[0]?.failed[0]?.outcome).toBe("unmet");
    expect(up.result.ranked[0]?.requirements[0]?.outcome).toBe("met");
    expect(renderMarkdown(up)).toContain("does not meet");
  });
});

describe("CSV and JSON", () => {
  test("the score matrix neutralises formulas in names", () => {
    const evil = { ...SERVER, slug: "evil", name: '=HYPERLINK("http://x")' };
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
    expect(text).toContain("Revisit by 2027-06-30");
    expect(text).toContain("arrows → and ≥ “quotes”");
  });
});
