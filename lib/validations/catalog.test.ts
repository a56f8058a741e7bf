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
const claim = { value: "dnf", display: "dnf", status: "confirmed", sources: ["vendor-docs"] };
const release = {
  name: "1",
  label: "One",
  releaseDate: "2025-01-01",
  lts: true,
  standard: { name: "Standard", end: "2027-01-01" },
  maintenance: null,
  extended: null,
  latest: null,
  sources: ["vendor-docs"],
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
  test("a source without a URL must say why", () => {
    expect(messages(sourcesFileSchema.safeParse([{ ...source, url: null }]))).toContain("needs a note");
    expect(sourcesFileSchema.safeParse([{ ...source, url: null, note: "Address not kept." }]).success).toBe(true);
  });
});

describe("attributes", () => {
  const attr = { key: "fips", label: "FIPS", group: "Security", valueType: "enum", required: true, explanation: "x".repeat(50) };
  test("an enum needs values; text and boolean take none", () => {
    expect(messages(attributeSchema.safeParse(attr))).toContain("needs its allowed values");
    expect(messages(attributeSchema.safeParse({ ...attr, valueType: "text", values: [{ value: "a", label: "A" }, { value: "b", label: "B" }] }))).toContain(
      "takes no values list",
    );
  });
  test("values are unique and ranked all or none", () => {
    const dup = { ...attr, values: [{ value: "a", label: "A" }, { value: "a", label: "A2" }] };
    expect(messages(attributeSchema.safeParse(dup))).toContain('duplicate value "a"');
    const partial = { ...attr, values: [{ value: "a", label: "A", rank: 1 }, { value: "b", label: "B" }] };
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
  test("unknown means value null and a note", () => {
    expect(messages(claimSchema.safeParse({ ...claim, status: "unknown" }))).toContain("value null");
    expect(messages(claimSchema.safeParse({ value: null, display: "Unknown", status: "unknown", sources: [] }))).toContain("needs a note");
    expect(claimSchema.safeParse({ value: null, display: "Unknown", status: "unknown", note: "Not published.", sources: [] }).success).toBe(true);
  });
  test("a known status needs a value", () => {
    expect(messages(claimSchema.safeParse({ ...claim, value: null }))).toContain("needs a value");
  });
  test("an inference says what it rests on", () => {
    expect(messages(claimSchema.safeParse({ ...claim, status: "inferred" }))).toContain("what it rests on");
  });
  test("only disputed positions carry preferred, and a source is cited once", () => {
    expect(messages(claimSchema.safeParse({ ...claim, preferred: true }))).toContain("only disputed claims");
    expect(messages(claimSchema.safeParse({ ...claim, sources: ["a", "a"] }))).toContain("listed twice");
  });
});

describe("releases", () => {
  test("dates must run in order", () => {
    const r = { ...release, standard: { name: "Standard", end: "2024-01-01" } };
    expect(messages(releaseSchema.safeParse(r))).toContain("standard.end (2024-01-01) is before releaseDate (2025-01-01)");
    const m = { ...release, maintenance: { name: "Maintenance", end: "2026-01-01" } };
    expect(messages(releaseSchema.safeParse(m))).toContain("maintenance.end");
  });
  test("unknown dates are null and skipped in the order check", () => {
    expect(releaseSchema.safeParse({ ...release, releaseDate: null, standard: { name: "Standard", end: null } }).success).toBe(true);
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
