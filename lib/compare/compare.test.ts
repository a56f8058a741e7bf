import { describe, expect, test } from "vitest";
import { allAgree, compareToBaseline } from "@/lib/compare/diff";
import { comparisonCsv, comparisonJson, comparisonMarkdown, exportFileName } from "@/lib/compare/export";
import { parseViewState, serializeViewState, type ViewState } from "@/lib/compare/state";
import { computeView } from "@/lib/compare/view";
import { attrs, data, evidence } from "@/lib/compare/fixture.test-data";

const cell = (slug: string, key: string) => data.distros.find((d) => d.slug === slug)?.cells[key];
const attr = (key: string) => attrs.find((a) => a.key === key)!;
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
  test("unordered attributes only differ; unknown is not comparable", () => {
    expect(compareToBaseline(attr("package-manager"), cell("br", "package-manager"), cell("al", "package-manager"))).toBe("different");
    expect(compareToBaseline(attr("support-end"), cell("br", "support-end"), cell("al", "support-end"))).toBe("not-comparable");
  });
});

describe("agreement", () => {
  test("same lead values agree, whatever the order of list items", () => {
    expect(allAgree([cell("br", "package-manager"), cell("cos", "package-manager")])).toBe(true);
    expect(allAgree([cell("al", "package-manager"), cell("br", "package-manager")])).toBe(false);
    expect(allAgree([cell("al", "licence-cost")])).toBe(true);
  });
});

describe("view state from the URL", () => {
  test("defaults: featured distros, no baseline, nothing filtered", () => {
    const s = parseViewState({}, data);
    expect(s).toMatchObject({ distros: ["al", "br"], baseline: null, onlyDifferences: false, groups: [], query: "" });
  });
  test("tampered values fall back to defaults and never throw", () => {
    const s = parseViewState({ distros: "zz,<x>", base: "cos", groups: "Nope", diff: "maybe", kind: "desktop,container-host", pm: "perhaps", q: "x".repeat(500) }, data);
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
  test("only differences hides rows where every shown distro agrees", () => {
    const all = computeView(data, state());
    const diff = computeView(data, state({ diff: "1" }));
    const keys = (v: typeof all) => v.groups.flatMap((g) => g.rows.map((r) => r.attr.key));
    const agreeing = all.groups.flatMap((g) => g.rows).filter((r) => r.agree).map((r) => r.attr.key);
    expect(keys(diff)).toEqual(keys(all).filter((k) => !agreeing.includes(k)));
    const twoHosts = computeView(data, state({ distros: "br,cos", diff: "1" }));
    expect(keys(twoHosts)).not.toContain("package-manager");
    expect(twoHosts.hiddenRowCount).toBeGreaterThan(0);
  });
  test("text and group filters", () => {
    expect(computeView(data, state({ q: "BOOT" })).groups.flatMap((g) => g.rows.map((r) => r.attr.key))).toEqual(["secure-boot"]);
    expect(computeView(data, state({ q: "automatic" })).groups.flatMap((g) => g.rows.map((r) => r.attr.key))).toEqual(["rollback"]);
    expect(computeView(data, state({ groups: "Security" })).groups.map((g) => g.group)).toEqual(["Security"]);
  });
});

describe("exports", () => {
  test("CSV has the screen's header and rows, neutralises formulas and marks disputes", () => {
    const v = computeView(data, state({ base: "al" }));
    const csv = comparisonCsv(v);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("Group,Attribute,AL (baseline),BR,COS");
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain("Manual (disputed; other position: None) [disputed] (better than baseline)");
    expect(lines.length - 2).toBe(v.rowCount);
  });
  test("Markdown and JSON carry the same rows; file names carry the date", () => {
    const s = state({ diff: "1" });
    const v = computeView(data, s);
    const md = comparisonMarkdown(v, data);
    expect(md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---")).length - 1).toBe(v.rowCount);
    const json = JSON.parse(comparisonJson(v, data, s, evidence));
    expect(json.rows).toHaveLength(v.rowCount);
    expect(json.view.onlyDifferences).toBe(true);
    expect(json.rows[0].cells.al.positions[0].sources[0].title).toBe("Source one");
    expect(exportFileName("csv", "2026-11-25")).toBe("distro-atlas-comparison-2026-11-25.csv");
  });
});
