import { describe, expect, test } from "vitest";
import { compareToBaseline, normalisedValue, rowAgreement } from "@/lib/compare/diff";
import { comparisonCsv, comparisonJson, comparisonMarkdown, exportFileName } from "@/lib/compare/export";
import { compareHref, parseViewState, serializeViewState, type ViewState } from "@/lib/compare/state";
import { computeView } from "@/lib/compare/view";
import { attrs, data, source } from "@/lib/compare/fixture.test-data";
import type { CompareCell, DistroEvidence } from "@/lib/compare/types";
import { parseCsv } from "@/tests/support/csv";

const cell = (slug: string, key: string) => data.distros.find((d) => d.slug === slug)?.cells[key];
const attr = (key: string) => attrs.find((a) => a.key === key)!;
const one = (value: CompareCell["claims"][number]["value"], display = "x"): CompareCell => ({
  status: "confirmed",
  claims: [{ value, display, status: "confirmed", preferred: true }],
});
const state = (raw: Record<string, string> = {}): ViewState => parseViewState({ distros: "al,br,cos", ...raw }, data);

describe("baseline comparison", () => {
  test("ranked values are better or worse", () => {
    expect(compareToBaseline(attr("rollback"), cell("br", "rollback"), cell("al", "rollback"))).toBe("better");
    expect(compareToBaseline(attr("rollback"), cell("al", "rollback"), cell("br", "rollback"))).toBe("worse");
    expect(compareToBaseline(attr("rollback"), cell("al", "rollback"), cell("al", "rollback"))).toBe("same");
  });
  test("a disputed cell is compared on its preferred position", () => {
    expect(compareToBaseline(attr("rollback"), cell("cos", "rollback"), cell("al", "rollback"))).toBe("better");
  });
  test("booleans: true is better; lists: a superset is better; dates: later is better", () => {
    expect(compareToBaseline(attr("secure-boot"), cell("br", "secure-boot"), cell("al", "secure-boot"))).toBe("better");
    expect(compareToBaseline(attr("architectures"), cell("br", "architectures"), cell("al", "architectures"))).toBe("worse");
    expect(compareToBaseline(attr("architectures"), cell("cos", "architectures"), cell("al", "architectures"))).toBe("better");
    expect(compareToBaseline(attr("support-end"), cell("cos", "support-end"), cell("al", "support-end"))).toBe("better");
  });
  test("unordered attributes only differ, and a ranked attribute's unranked value is merely different", () => {
    expect(compareToBaseline(attr("package-manager"), cell("br", "package-manager"), cell("al", "package-manager"))).toBe("different");
    const unranked = { ...attr("rollback"), values: [...attr("rollback").values!, { value: "vendor-tool", label: "Vendor tool" }] };
    expect(compareToBaseline(unranked, one("vendor-tool"), cell("al", "rollback"))).toBe("different");
  });
  test("an unknown baseline value is 'no baseline' for every other cell, never a verdict", () => {
    // BR publishes no support end: with BR as the baseline, AL's and COS's known dates are not judged.
    expect(compareToBaseline(attr("support-end"), cell("al", "support-end"), cell("br", "support-end"))).toBe("no-baseline");
    expect(compareToBaseline(attr("support-end"), cell("cos", "support-end"), cell("br", "support-end"))).toBe("no-baseline");
    expect(compareToBaseline(attr("cpu-baseline"), cell("al", "cpu-baseline"), cell("br", "cpu-baseline"))).toBe("no-baseline");
    expect(compareToBaseline(attr("rollback"), cell("al", "rollback"), undefined)).toBe("no-baseline");
  });
  test("an unknown or missing value is neutral: not compared, never worse", () => {
    expect(compareToBaseline(attr("support-end"), cell("br", "support-end"), cell("al", "support-end"))).toBe("unknown");
    expect(compareToBaseline(attr("rollback"), undefined, cell("br", "rollback"))).toBe("unknown");
    // A claim marked unknown counts as unknown even if it carries a value.
    const notFound: CompareCell = { status: "unknown", claims: [{ value: "none", display: "Not found", status: "unknown", preferred: true }] };
    expect(compareToBaseline(attr("rollback"), notFound, cell("br", "rollback"))).toBe("unknown");
  });
  test("values are compared normalised, not as worded", () => {
    expect(compareToBaseline(attr("licence-cost"), cell("br", "licence-cost"), cell("al", "licence-cost"))).toBe("same");
    expect(compareToBaseline(attr("architectures"), one(["aarch64", "x86_64", "x86_64"], "arm64 and x86"), cell("al", "architectures"))).toBe("same");
    expect(normalisedValue(one("  Image-based   (A/B). ", "x"))).toBe("image-based (a/b)");
    expect(normalisedValue(one(["b", "a", "a"], "x"))).toEqual(["a", "b"]);
    expect(normalisedValue(one(false, "No"))).toBe(false);
  });
});

describe("row agreement", () => {
  test("same, differs, unknown for some, unknown everywhere", () => {
    expect(rowAgreement([cell("br", "package-manager"), cell("cos", "package-manager")])).toBe("same");
    expect(rowAgreement([cell("al", "licence-cost"), cell("br", "licence-cost")])).toBe("same"); // different wording, one value
    expect(rowAgreement([cell("al", "package-manager"), cell("br", "package-manager")])).toBe("differs");
    expect(rowAgreement([cell("al", "support-end"), cell("br", "support-end")])).toBe("partly-unknown");
    expect(rowAgreement([cell("al", "support-end"), cell("br", "support-end"), cell("cos", "support-end")])).toBe("differs");
    expect(rowAgreement([cell("al", "cpu-baseline"), cell("br", "cpu-baseline"), undefined])).toBe("unknown");
    expect(rowAgreement([cell("al", "licence-cost")])).toBe("same");
    expect(rowAgreement([cell("al", "cpu-baseline")])).toBe("unknown");
  });
});

describe("view state from the URL", () => {
  test("defaults: featured distros, no baseline, nothing filtered", () => {
    const s = parseViewState({}, data);
    expect(s).toMatchObject({ distros: ["al", "br"], baseline: null, onlyDifferences: false, groups: [], query: "" });
  });
  test("tampered values fall back to defaults and never throw", () => {
    const s = parseViewState(
      { distros: "zz,<x>", base: "cos", groups: "Nope", diff: "maybe", kind: "desktop,container-host", pm: "perhaps", q: "x".repeat(500) },
      data,
    );
    expect(s.distros).toEqual(["al", "br"]);
    expect(s.baseline).toBeNull(); // cos is not among the chosen distros
    expect(s.groups).toEqual([]);
    expect(s.onlyDifferences).toBe(false);
    expect(s.kind).toEqual(["container-host"]);
    expect(s.packageManager).toBeNull();
    expect(s.query).toHaveLength(100);
  });
  test("round-trips through the URL parameters", () => {
    const s = state({ base: "al", diff: "1", groups: "Security,Update model", collapsed: "Security", um: "image-ab", q: "boot" });
    const raw = serializeViewState(s, data);
    expect(parseViewState(raw, data)).toEqual(s);
    expect(serializeViewState(parseViewState({}, data), data)).toEqual(Object.fromEntries(Object.keys(raw).map((k) => [k, null])));
  });
});

describe("computeView", () => {
  test("columns follow the chosen order and facets; baseline verdicts fill the cells", () => {
    const v = computeView(data, state({ distros: "cos,al,br", base: "al" }));
    expect(v.columns.map((d) => d.slug)).toEqual(["cos", "al", "br"]);
    const rollback = v.groups.flatMap((g) => g.rows).find((r) => r.attr.key === "rollback");
    expect(rollback?.cells.map((c) => c.verdict)).toEqual(["better", "baseline", "better"]);
    const hosts = computeView(data, state({ kind: "container-host" }));
    expect(hosts.columns.map((d) => d.slug)).toEqual(["br", "cos"]);
    expect(hosts.hiddenColumns.map((d) => d.slug)).toEqual(["al"]);
  });
  test("only differences hides rows known to agree, and keeps unknown rows, labelled as their own state", () => {
    const keys = (v: ReturnType<typeof computeView>) => v.groups.flatMap((g) => g.rows.map((r) => r.attr.key));
    const agreement = (v: ReturnType<typeof computeView>) => Object.fromEntries(v.groups.flatMap((g) => g.rows.map((r) => [r.attr.key, r.agreement])));
    const all = computeView(data, state({ distros: "al,br" }));
    expect(agreement(all)).toMatchObject({ "licence-cost": "same", "cpu-baseline": "unknown", "support-end": "partly-unknown", rollback: "differs" });
    const diff = computeView(data, state({ distros: "al,br", diff: "1" }));
    // The licence is worded differently but is one value: not a difference.
    expect(keys(diff)).not.toContain("licence-cost");
    expect(keys(diff)).toEqual(expect.arrayContaining(["cpu-baseline", "support-end", "rollback"]));
    expect(agreement(diff)["cpu-baseline"]).toBe("unknown");
    expect(keys(diff)).toEqual(keys(all).filter((k) => agreement(all)[k] !== "same"));
    expect(diff.hiddenRowCount).toBe(all.rowCount - diff.rowCount);
    const twoHosts = computeView(data, state({ distros: "br,cos", diff: "1" }));
    expect(keys(twoHosts)).not.toContain("package-manager");
  });
  test("text and group filters", () => {
    expect(computeView(data, state({ q: "BOOT" })).groups.flatMap((g) => g.rows.map((r) => r.attr.key))).toEqual(["secure-boot"]);
    expect(computeView(data, state({ q: "automatic" })).groups.flatMap((g) => g.rows.map((r) => r.attr.key))).toEqual(["rollback"]);
    expect(computeView(data, state({ groups: "Security" })).groups.map((g) => g.group)).toEqual(["Security"]);
  });
});

// Each position of each cell cites its own page, so a test can tell which column a source landed in.
const pageOf = (slug: string, key: string, i: number) => `https://p.example/${slug}/${key}/${i}`;
const perCell: Record<string, DistroEvidence> = Object.fromEntries(
  data.distros.map((d) => [
    d.slug,
    Object.fromEntries(
      Object.entries(d.cells).map(([key, c]) => [
        key,
        c.claims.map((_, i) => ({
          note: null,
          sources: [{ ...source, id: `${d.slug}/${key}/${i}`, title: `Page & notes ${i}`, url: pageOf(d.slug, key, i) }],
        })),
      ]),
    ),
  ]),
);
const VIEW_URL = "https://atlas.example/compare?distros=al,br,cos&base=al";
const ctx = { evidence: perCell, viewUrl: VIEW_URL };

describe("exports", () => {
  test("CSV: the screen's rows, each value with its sources, then the baseline and the link back", () => {
    const v = computeView(data, state({ base: "al" }));
    const csv = comparisonCsv(v, data, ctx);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(["Group", "Attribute", "Across distros", "AL (baseline)", "AL sources", "BR", "BR sources", "COS", "COS sources"]);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const body = rows.slice(1).filter((r) => r[0] !== "About this export");
    expect(body).toHaveLength(v.rowCount);
    const rollback = body.find((r) => r[1] === "Rollback")!;
    expect(rollback[2]).toBe("Differs");
    expect(rollback[4]).toBe(pageOf("al", "rollback", 0));
    expect(rollback[7]).toBe("Manual (sources disagree; other position: None) (better than baseline)");
    expect(rollback[8]).toBe(`Preferred position: ${pageOf("cos", "rollback", 0)}\nPosition 2: ${pageOf("cos", "rollback", 1)}`);
    expect(body.find((r) => r[1] === "CPU baseline")?.[2]).toBe("Unknown everywhere");
    expect(body.find((r) => r[1] === "Support ends")?.[5]).toBe("End not published (unknown) (not stated, so not compared)");
    const about = Object.fromEntries(rows.filter((r) => r[0] === "About this export").map((r) => [r[1], r[2]]));
    expect(about).toEqual({ Baseline: "AL", "Open this view": VIEW_URL, "Catalog version": data.catalogVersion, Exported: data.today });
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
  });
  test("Markdown: baseline, link back, each cell's sources by number and the numbered list, no HTML entities", () => {
    const v = computeView(data, state({ base: "br" }));
    const md = comparisonMarkdown(v, data, ctx);
    expect(md).toContain("Baseline: BR.");
    expect(md).toContain(`Open this view in Distro Atlas: <${VIEW_URL}>`);
    const tableRows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"));
    expect(tableRows).toHaveLength(v.rowCount + 1);
    expect(tableRows[0]).toBe("| Group | Attribute | Across distros | AL | BR (baseline) | COS |");
    // BR states no support end: nothing is judged against it.
    const supportEnd = tableRows.find((l) => l.includes("| Support ends |"))!;
    expect(supportEnd).toContain("30 Jun 2029 (no baseline value to compare with)");
    expect(supportEnd).not.toMatch(/better|worse/);
    const n = supportEnd.match(/30 Jun 2029 \(no baseline value to compare with\); source (\d+)/)?.[1];
    expect(md).toMatch(new RegExp(`^${n}\\. \\[Page & notes 0\\]\\(${pageOf("al", "support-end", 0)}\\), P, accessed 2026-11-01`, "m"));
    expect(md).toContain("| Packages & extension |");
    expect(md).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    expect(comparisonMarkdown(computeView(data, state()), data, ctx)).toContain("Baseline: none chosen.");
  });
  test("Markdown keeps HTML and links from forming without entities", () => {
    const hostile = {
      ...data,
      distros: data.distros.map((d) =>
        d.slug === "al" ? { ...d, cells: { ...d.cells, "licence-cost": one("x", "<img src=x onerror=alert(1)> &lt; [x](javascript:alert(1))") } } : d,
      ),
    };
    const md = comparisonMarkdown(computeView(hostile, state()), hostile, ctx);
    expect(md).toContain("\\<img src=x onerror=alert(1)\\> \\&lt; \\[x\\](javascript:alert(1))");
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });
  test("JSON carries the same rows, their state and the link; a column without sources is refused", () => {
    const s = state({ diff: "1" });
    const v = computeView(data, s);
    const json = JSON.parse(comparisonJson(v, data, s, ctx));
    expect(json.rows).toHaveLength(v.rowCount);
    expect(json.viewUrl).toBe(VIEW_URL);
    expect(json.view.onlyDifferences).toBe(true);
    expect(json.rows.find((r: { key: string }) => r.key === "cpu-baseline").agreement).toBe("unknown");
    expect(json.rows[0].cells.al.positions[0].sources[0].url).toBe(pageOf("al", json.rows[0].key, 0));
    expect(() => comparisonCsv(v, data, { evidence: { al: perCell.al! }, viewUrl: VIEW_URL })).toThrow(/br/);
    expect(exportFileName("csv", "2026-11-25")).toBe("distro-atlas-comparison-2026-11-25.csv");
  });
  test("the link back reproduces the view", () => {
    const s = state({ base: "al", diff: "1", groups: "Security,Update model", q: "a b&c" });
    const href = compareHref(s, data);
    expect(href).toBe("/compare?distros=al,br,cos&base=al&q=a%20b%26c&groups=Security,Update%20model&diff=1");
    const back = Object.fromEntries(new URL(href, "https://x.example").searchParams);
    expect(parseViewState(back, data)).toEqual(s);
    expect(compareHref(parseViewState({}, data), data)).toBe("/compare");
  });
});
