import { describe, expect, test } from "vitest";
import {
  attributeSchema,
  claimSchema,
  distroSchema,
  isoDateSchema,
  partialDateSchema,
  releaseSchema,
  slugSchema,
  sourceSchema,
  sourcesFileSchema,
} from "@/lib/validations/catalog";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.error?.issues ?? []).map((i) => i.message).join(" | ");

const source = {
  id: "vendor-docs",
  title: "Lifecycle page",
  publisher: "Vendor",
  url: "https://vendor.example/lifecycle",
  kind: "vendor",
  published: "2026-01",
  accessed: "2026-11-01",
};
const claim = { value: "dnf", display: "dnf", status: "confirmed", sources: [{ source: "vendor-docs", quote: "Install packages with dnf." }] };
const release = {
  name: "1",
  label: "One",
  releaseDate: "2025-01-01",
  lts: true,
  standard: { name: "Standard", end: "2027-01-01", paid: false },
  maintenance: null,
  extended: null,
  latest: null,
  sources: [{ source: "vendor-docs", quote: "Release 1 is supported until January 2027." }],
};
const distro = {
  slug: "alpha",
  name: "Alpha",
  vendor: "Vendor",
  featured: false,
  clouds: ["Cloud"],
  kind: "general-purpose",
  status: "ga",
  summary: "A distribution used by this test and nothing else at all.",
  predecessor: null,
  derivedFrom: null,
  upstreamBase: "Independent",
  homepage: "https://vendor.example/alpha",
  sources: ["vendor-docs"],
  reviewed: "2026-11-01",
  claims: { "package-manager": [claim] },
  releases: [release],
};

describe("dates and slugs", () => {
  test("accepts a real date and rejects malformed or impossible ones", () => {
    expect(isoDateSchema.safeParse("2028-02-29").success).toBe(true);
    expect(messages(isoDateSchema.safeParse("2026-02-30"))).toContain("not a real calendar date");
    expect(messages(isoDateSchema.safeParse("30/06/2027"))).toContain("YYYY-MM-DD");
    expect(isoDateSchema.safeParse("2026-06").success).toBe(false);
  });
  test("partial dates allow year or month precision but not impossible months", () => {
    expect(partialDateSchema.safeParse("2026").success).toBe(true);
    expect(partialDateSchema.safeParse("2026-06").success).toBe(true);
    expect(messages(partialDateSchema.safeParse("2026-13"))).toContain("not a real calendar date");
    expect(partialDateSchema.safeParse("June 2026").success).toBe(false);
  });
  test("slugs are lower-case words joined by hyphens", () => {
    expect(slugSchema.safeParse("amazon-linux-2023").success).toBe(true);
    for (const bad of ["Amazon", "a--b", "-a", "a_b", "a b", "../etc"]) expect(slugSchema.safeParse(bad).success).toBe(false);
  });
});

describe("sources", () => {
  test("a valid source passes", () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
  });
  test("rejects a non-http URL, an unknown kind and extra fields", () => {
    expect(messages(sourceSchema.safeParse({ ...source, url: "ftp://x.example/a" }))).toContain("http(s) URL");
    expect(sourceSchema.safeParse({ ...source, url: "javascript:alert(1)" }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, kind: "blog" }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, colour: "red" }).success).toBe(false);
  });
  test("only a press piece may lack a URL, and must say why", () => {
    expect(messages(sourcesFileSchema.safeParse([{ ...source, url: null, note: "Lost." }]))).toContain("a source needs its URL");
    const press = { ...source, kind: "press", url: null };
    expect(messages(sourcesFileSchema.safeParse([press]))).toContain("needs a note");
    expect(sourcesFileSchema.safeParse([{ ...press, note: "Address not kept." }]).success).toBe(true);
  });
  test("every source carries the date it was read", () => {
    expect(messages(sourceSchema.safeParse({ ...source, accessed: null }))).toContain("needs the date it was read");
    expect(messages(sourceSchema.safeParse({ ...source, accessed: "2026-02-30" }))).toContain("not a real calendar date");
  });
});

describe("attributes", () => {
  const attr = { key: "fips", label: "FIPS", group: "Security", valueType: "enum", required: true, explanation: "x".repeat(50) };
  test("an enum needs values; text and boolean take none", () => {
    expect(messages(attributeSchema.safeParse(attr))).toContain("needs its allowed values");
    expect(
      messages(
        attributeSchema.safeParse({
          ...attr,
          valueType: "text",
          values: [
            { value: "a", label: "A" },
            { value: "b", label: "B" },
          ],
        }),
      ),
    ).toContain("takes no values list");
  });
  test("values are unique and ranked all or none", () => {
    const dup = {
      ...attr,
      values: [
        { value: "a", label: "A" },
        { value: "a", label: "A2" },
      ],
    };
    expect(messages(attributeSchema.safeParse(dup))).toContain('duplicate value "a"');
    const partial = {
      ...attr,
      values: [
        { value: "a", label: "A", rank: 1 },
        { value: "b", label: "B" },
      ],
    };
    expect(messages(attributeSchema.safeParse(partial))).toContain("rank every value or none");
  });
  test("rejects an unknown group and a too-short explanation", () => {
    expect(attributeSchema.safeParse({ ...attr, valueType: "text", group: "Misc" }).success).toBe(false);
    expect(attributeSchema.safeParse({ ...attr, valueType: "text", explanation: "short" }).success).toBe(false);
  });
});

describe("claims", () => {
  test("a confirmed or disputed claim needs a source", () => {
    expect(messages(claimSchema.safeParse({ ...claim, sources: [] }))).toContain("needs at least one source");
    expect(messages(claimSchema.safeParse({ ...claim, status: "disputed", preferred: true, sources: [] }))).toContain("needs at least one source");
  });
  test("unknown means value null and names the pages checked, without quotes", () => {
    const checked = [{ source: "vendor-docs" }];
    expect(messages(claimSchema.safeParse({ ...claim, status: "unknown" }))).toContain("value null");
    expect(messages(claimSchema.safeParse({ value: null, display: "Not stated", status: "unknown", sources: [] }))).toContain("names the pages checked");
    expect(
      messages(claimSchema.safeParse({ value: null, display: "Not stated", status: "unknown", sources: [{ source: "vendor-docs", quote: "It says so." }] })),
    ).toContain("quotes nothing");
    expect(claimSchema.safeParse({ value: null, display: "Not stated", status: "unknown", note: "Not published.", sources: checked }).success).toBe(true);
  });
  test("a quote is a passage, not a word", () => {
    expect(claimSchema.safeParse({ ...claim, sources: [{ source: "vendor-docs", quote: "yes" }] }).success).toBe(false);
    expect(claimSchema.safeParse({ ...claim, sources: [{ source: "vendor-docs", quote: "x".repeat(401) }] }).success).toBe(false);
  });
  test("an earlier position has a date and a quoted source", () => {
    const history = [{ display: "Ends 2025-06-30", until: "2023-12", sources: [{ source: "vendor-docs", quote: "Support ends on June 30, 2025." }] }];
    expect(claimSchema.safeParse({ ...claim, history }).success).toBe(true);
    expect(claimSchema.safeParse({ ...claim, history: [{ ...history[0], until: "soon" }] }).success).toBe(false);
    expect(claimSchema.safeParse({ ...claim, history: [{ ...history[0], sources: [] }] }).success).toBe(false);
  });
  test("a known status needs a value", () => {
    expect(messages(claimSchema.safeParse({ ...claim, value: null }))).toContain("needs a value");
  });
  test("an inference says what it rests on", () => {
    expect(messages(claimSchema.safeParse({ ...claim, status: "inferred" }))).toContain("what it rests on");
  });
  test("only disputed positions carry preferred, and a source is cited once", () => {
    expect(messages(claimSchema.safeParse({ ...claim, preferred: true }))).toContain("only disputed claims");
    expect(
      messages(
        claimSchema.safeParse({
          ...claim,
          sources: [
            { source: "a", quote: "First passage." },
            { source: "a", quote: "Second passage." },
          ],
        }),
      ),
    ).toContain("listed twice");
  });
});

describe("releases", () => {
  test("dates must run in order", () => {
    const r = { ...release, standard: { name: "Standard", end: "2024-01-01", paid: false } };
    expect(messages(releaseSchema.safeParse(r))).toContain("standard.end (2024-01-01) is before releaseDate (2025-01-01)");
    const m = { ...release, maintenance: { name: "Maintenance", end: "2026-01-01", paid: true } };
    expect(messages(releaseSchema.safeParse(m))).toContain("maintenance.end");
  });
  test("unknown dates are null and skipped in the order check", () => {
    expect(releaseSchema.safeParse({ ...release, releaseDate: null, standard: { name: "Standard", end: null, paid: false } }).success).toBe(true);
  });
  test("each support tier says whether it needs a paid subscription", () => {
    expect(releaseSchema.safeParse({ ...release, standard: { name: "Standard", end: "2027-01-01" } }).success).toBe(false);
  });
  test("a release cites each source once, as the database stores it", () => {
    const twice = [release.sources[0], { source: "vendor-docs", quote: "Another passage of the same page." }];
    expect(messages(releaseSchema.safeParse({ ...release, sources: twice }))).toContain("listed twice");
  });
  test("a release needs a source", () => {
    expect(releaseSchema.safeParse({ ...release, sources: [] }).success).toBe(false);
  });
});

describe("distros", () => {
  test("a valid distro passes", () => {
    expect(distroSchema.safeParse(distro).success).toBe(true);
  });
  test("a single disputed claim is not a dispute", () => {
    const d = { ...distro, claims: { x: [{ ...claim, status: "disputed", preferred: true }] } };
    expect(messages(distroSchema.safeParse(d))).toContain("at least two");
  });
  test("several claims must all be disputed positions with exactly one preferred", () => {
    const notDisputed = { ...distro, claims: { x: [claim, { ...claim, value: "apt" }] } };
    expect(messages(distroSchema.safeParse(notDisputed))).toContain("each is a disputed position");
    const pos = (preferred: boolean) => ({ ...claim, status: "disputed", preferred });
    expect(messages(distroSchema.safeParse({ ...distro, claims: { x: [pos(false), pos(false)] } }))).toContain("found 0");
    expect(messages(distroSchema.safeParse({ ...distro, claims: { x: [pos(true), pos(true)] } }))).toContain("found 2");
    expect(distroSchema.safeParse({ ...distro, claims: { x: [pos(true), pos(false)] } }).success).toBe(true);
  });
  test("release names are unique and a distro cannot be its own lineage", () => {
    expect(messages(distroSchema.safeParse({ ...distro, releases: [release, release] }))).toContain('duplicate release "1"');
    expect(messages(distroSchema.safeParse({ ...distro, predecessor: "alpha" }))).toContain("succeed itself");
    expect(messages(distroSchema.safeParse({ ...distro, derivedFrom: "alpha" }))).toContain("derive from itself");
  });
  test("rejects an unknown kind or status", () => {
    expect(distroSchema.safeParse({ ...distro, kind: "desktop" }).success).toBe(false);
    expect(distroSchema.safeParse({ ...distro, status: "beta" }).success).toBe(false);
  });
});
