import { describe, expect, test } from "vitest";
import { caveatsFor } from "@/lib/decide/caveats";
import { CRITERIA } from "@/lib/decide/criteria";
import { decide } from "@/lib/decide/decide";
import { offersManagedKubernetes } from "@/lib/decide/requirements";
import { revisitDate } from "@/lib/decide/revisit";
import { rankCandidates } from "@/lib/decide/score";
import { parseRequirements, parseWeights, serializeRequirements, serializeWeights } from "@/lib/decide/url";
import { DEFAULT_WEIGHTS, type Weights } from "@/lib/decide/inputs";
import { withoutSources } from "@/lib/decide/types";
import { ATTRIBUTES, HOST, SERVER, distro } from "@/tests/support/decide-fixture";

const TODAY = "2026-11-25";
const catalog = { distros: [HOST, SERVER], attributes: ATTRIBUTES };
const only = (key: keyof Weights): Weights => ({ ...Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])), [key]: 5 }) as Weights;

describe("hard requirements", () => {
  test("a candidate failing one is excluded with the reason", () => {
    const r = rankCandidates(catalog, ["host", "server"], { packageManager: true }, DEFAULT_WEIGHTS, TODAY);
    expect(r.ranked.map((c) => c.slug)).toEqual(["server"]);
    expect(r.excluded).toEqual([
      {
        slug: "host",
        name: "HOST",
        failed: [expect.objectContaining({ requirement: "packageManager", outcome: "unmet", reason: "package manager: none" })],
        requirements: [expect.objectContaining({ outcome: "unmet" })],
      },
    ]);
  });
  test("an unknown value leaves a requirement unverified: the candidate stays, flagged, unless strict", () => {
    const r = rankCandidates(catalog, ["host", "server"], { managedKubernetes: "eks" }, DEFAULT_WEIGHTS, TODAY);
    expect(r.excluded).toEqual([]);
    const server = r.ranked.find((c) => c.slug === "server");
    expect(server?.unverified).toEqual([
      expect.objectContaining({
        requirement: "managedKubernetes",
        outcome: "unverified",
        reason: "managed kubernetes: not stated by any source",
        needsChecking: "managed kubernetes",
      }),
    ]);
    expect(r.ranked.find((c) => c.slug === "host")?.requirements.map((c) => c.outcome)).toEqual(["met"]);
    const strict = rankCandidates(catalog, ["host", "server"], { managedKubernetes: "eks" }, DEFAULT_WEIGHTS, TODAY, true);
    expect(strict.ranked.map((c) => c.slug)).toEqual(["host"]);
    expect(strict.excluded[0]?.failed[0]?.outcome).toBe("unverified");
  });
  test("a disputed value is met when every position meets it, unmet when none does, unverified otherwise", () => {
    const d = distro("d", { availability: { disputed: [["azure", "on-premises"], ["azure"]] } });
    const cat = { distros: [d], attributes: ATTRIBUTES };
    expect(rankCandidates(cat, ["d"], { cloud: "azure" }, DEFAULT_WEIGHTS, TODAY).ranked[0]?.requirements[0]?.outcome).toBe("met");
    expect(rankCandidates(cat, ["d"], { cloud: "aws" }, DEFAULT_WEIGHTS, TODAY).excluded[0]?.failed[0]?.outcome).toBe("unmet");
    const mixed = rankCandidates(cat, ["d"], { cloud: "on-premises" }, DEFAULT_WEIGHTS, TODAY).ranked[0]?.unverified[0];
    expect(mixed?.reason).toContain("sources disagree");
  });
  test("years of support left: met or unmet from a published end, unverified without one", () => {
    const r = rankCandidates(catalog, ["host", "server"], { minSupportYears: 2 }, DEFAULT_WEIGHTS, TODAY);
    expect(r.ranked.find((c) => c.slug === "server")?.requirements[0]?.outcome).toBe("met");
    expect(r.ranked.find((c) => c.slug === "host")?.unverified[0]?.reason).toContain("not published");
    expect(rankCandidates(catalog, ["server"], { minSupportYears: 4 }, DEFAULT_WEIGHTS, TODAY).excluded[0]?.failed[0]?.outcome).toBe("unmet");
  });
  test("the new hard requirements read the root filesystem, Secure Boot and SELinux", () => {
    const r = rankCandidates(catalog, ["host", "server"], { readOnlyRoot: true, secureBoot: true, selinuxEnforcing: true }, DEFAULT_WEIGHTS, TODAY);
    expect(r.ranked.map((c) => c.slug)).toEqual(["host"]);
    expect(r.ranked[0]?.requirements.map((c) => [c.requirement, c.outcome])).toEqual([
      ["readOnlyRoot", "met"],
      ["secureBoot", "met"],
      ["selinuxEnforcing", "met"],
    ]);
    // The server's root is mutable (unmet), Secure Boot is not stated (unverified), SELinux is permissive (unmet).
    expect(r.excluded[0]?.requirements.map((c) => c.outcome)).toEqual(["unmet", "unverified", "unmet"]);
    expect(r.excluded[0]?.failed.map((c) => c.requirement)).toEqual(["readOnlyRoot", "selinuxEnforcing"]);
    expect(r.excluded[0]?.failed[0]?.reason).toBe("Root: M");
  });
  test("a node OS whose support follows Kubernetes counts the window on the newest version its service offers", () => {
    const window = {
      service: "eks",
      serviceName: "Amazon EKS",
      serviceShortName: "EKS",
      nodeOs: "Bottlerocket",
      stage: "ga" as const,
      version: "1.35",
      standardName: "Standard support",
      extendedName: "Extended support",
      extendedPaid: true,
      extendedOffered: true,
      kubernetes: { released: "2026-01-27", standardEnd: "2028-03-27", extendedEnd: "2029-03-27" },
      os: null,
      standardEnd: "2028-03-27",
      extendedEnd: "2029-03-27",
      limitedBy: "kubernetes" as const,
      status: "confirmed" as const,
      sources: [],
    };
    const host = { ...HOST, managedKubernetes: [window] };
    const r = rankCandidates(
      { distros: [host], attributes: ATTRIBUTES },
      ["host"],
      { minSupportYears: 1, managedKubernetes: "eks" },
      only("support-remaining"),
      TODAY,
    );
    expect(r.excluded).toEqual([]);
    const support = r.ranked[0]?.breakdown.find((b) => b.criterion === "support-remaining");
    expect(support?.detail).toBe("EKS 1.35: standard support to 27 Mar 2028, 1.3 years left; extended support (paid) to 27 Mar 2029");
    expect(support?.flags).toEqual([]);
    expect(support?.value).toBeCloseTo(1.336 / 5, 2);
    // A container host with an end of its own still lives on the service's calendar; a general-purpose OS on its own end.
    const withEnd = { ...host, releases: [{ ...HOST.releases[0]!, standard: { name: "Standard", end: "2031-01-01", paid: false } }] };
    const detailOf = (d: typeof withEnd) =>
      rankCandidates({ distros: [d], attributes: ATTRIBUTES }, [d.slug], {}, only("support-remaining"), TODAY).ranked[0]?.breakdown.find(
        (b) => b.criterion === "support-remaining",
      )?.detail;
    expect(detailOf(withEnd)).toMatch(/^EKS 1\.35: /);
    expect(detailOf({ ...withEnd, kind: "general-purpose" })).toMatch(/^R0: /);
    // Dates only a tracker reports are used, and flagged as such.
    const reported = { ...HOST, managedKubernetes: [{ ...window, status: "reported" as const }] };
    const flagged = rankCandidates({ distros: [reported], attributes: ATTRIBUTES }, ["host"], {}, only("support-remaining"), TODAY);
    expect(flagged.ranked[0]?.breakdown.find((b) => b.criterion === "support-remaining")?.flags).toEqual([
      { attribute: "support-lifecycle", flag: "reported" },
    ]);
    // Retired on the only service: back to "not published", flagged.
    const retired = { ...HOST, managedKubernetes: [{ ...window, stage: "retired" as const }] };
    const again = rankCandidates({ distros: [retired], attributes: ATTRIBUTES }, ["host"], {}, only("support-remaining"), TODAY);
    expect(again.ranked[0]?.breakdown.find((b) => b.criterion === "support-remaining")?.detail).toContain("end not published");
  });
  test("managed Kubernetes text that says ended, retired or planned does not count", () => {
    expect(offersManagedKubernetes("EKS-optimized AL2023 AMIs", "eks")).toBe(true);
    expect(offersManagedKubernetes("EKS-optimized AL2 AMIs ended 2025-11-26", "eks")).toBe(false);
    expect(offersManagedKubernetes("AKS planned, not yet available", "aks")).toBe(false);
    expect(offersManagedKubernetes("GKE node image (cos_containerd)", "eks")).toBe(false);
    // Naming a service to say it does not offer the OS is not an offer.
    expect(offersManagedKubernetes("OKE worker-node images; not offered as a node OS on EKS, AKS or GKE", "eks")).toBe(false);
    expect(offersManagedKubernetes("Not available on AKS", "aks")).toBe(false);
    expect(offersManagedKubernetes("None: no GKE node image", "gke")).toBe(false);
    expect(offersManagedKubernetes("AKS node OS (osSku AzureLinux / AzureLinux3)", "aks")).toBe(true);
  });
});

describe("scoring", () => {
  test("scores 0–100 with a breakdown whose points add up to the score", () => {
    const [c] = rankCandidates(catalog, ["host"], {}, DEFAULT_WEIGHTS, TODAY).ranked;
    expect(c?.breakdown.map((b) => b.criterion)).toEqual(CRITERIA.map((x) => x.key));
    expect(c?.breakdown.reduce((s, b) => s + b.points, 0)).toBeCloseTo(c?.score ?? -1, 6);
    expect(c?.score).toBeGreaterThan(0);
    expect(c?.score).toBeLessThanOrEqual(100);
  });
  test("weights move the ranking", () => {
    expect(rankCandidates(catalog, ["host", "server"], {}, only("update-safety"), TODAY).ranked[0]?.slug).toBe("host");
    expect(rankCandidates(catalog, ["host", "server"], {}, only("flexibility"), TODAY).ranked[0]?.slug).toBe("server");
  });
  test("an unknown value scores as the least favourable and is flagged", () => {
    const [c] = rankCandidates(catalog, ["server"], {}, only("certifications"), TODAY).ranked;
    // FIPS validated (1) and Secure Boot unknown (0): half marks.
    expect(c?.score).toBeCloseTo(50, 6);
    expect(c?.flagged).toContain("secure boot unknown: no source states it, scored as the least favourable value (Security certifications)");
  });
  test("a disputed value scores its least favourable position and is flagged", () => {
    const d = distro("d", { fips: { disputed: ["validated", "in-progress"] }, "secure-boot": true });
    const [c] = rankCandidates({ distros: [d], attributes: ATTRIBUTES }, ["d"], {}, only("certifications"), TODAY).ranked;
    expect(c?.score).toBeCloseTo((100 * (1 / 3 + 1)) / 2, 6);
    expect(c?.flagged.some((f) => f.startsWith("FIPS disputed"))).toBe(true);
  });
  test("equal scores are stated as a tie and share a rank", () => {
    const twin = { ...HOST, slug: "twin", name: "TWIN" };
    const result = decide(
      { distros: [HOST, twin, SERVER], attributes: ATTRIBUTES },
      { candidates: ["host", "twin"], requirements: {}, weights: DEFAULT_WEIGHTS },
      TODAY,
    );
    expect(result.ranked.map((c) => c.rank)).toEqual([1, 1]);
    expect(result.ranked[0]?.tiedWith).toEqual(["twin"]);
    expect(result.winner).toBeNull();
    expect(result.tiedForFirst).toEqual(["host", "twin"]);
  });
  test("all weights zero leaves every candidate tied at 0", () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])) as Weights;
    const r = rankCandidates(catalog, ["host", "server"], {}, zero, TODAY);
    expect(r.ranked.map((c) => [c.score, c.rank])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});

describe("sensitivity", () => {
  test("reports the margin, no clear winner under 10 points and the smallest single-weight flip", () => {
    const weights: Weights = { ...only("update-safety"), flexibility: 4 };
    const result = decide(catalog, { candidates: ["host", "server"], requirements: {}, weights }, TODAY);
    expect(result.winner).toBe("host");
    const flip = result.sensitivity.flip;
    expect(flip).not.toBeNull();
    // Check the flip really changes the leader, and that no smaller change does.
    const flipped = decide(catalog, { candidates: ["host", "server"], requirements: {}, weights: { ...weights, [flip!.criterion]: flip!.to } }, TODAY);
    expect(flipped.winner).not.toBe("host");
    for (const c of CRITERIA) {
      for (const to of [weights[c.key] - 1, weights[c.key] + 1].filter((n) => n >= 0 && n <= 5)) {
        if (Math.abs(to - weights[c.key]) < Math.abs(flip!.to - flip!.from)) {
          expect(decide(catalog, { candidates: ["host", "server"], requirements: {}, weights: { ...weights, [c.key]: to } }, TODAY).winner).toBe("host");
        }
      }
    }
    expect(result.sensitivity.margin).toBeCloseTo((result.ranked[0]?.score ?? 0) - (result.ranked[1]?.score ?? 0), 1);
    expect(result.sensitivity.noClearWinner).toBe((result.sensitivity.margin ?? 0) < 10);
  });
  test("a landslide is a clear winner, and only a large weight change can overturn it", () => {
    const result = decide(catalog, { candidates: ["host", "server"], requirements: {}, weights: only("attack-surface") }, TODAY);
    expect(result.sensitivity.margin).toBeGreaterThan(10);
    expect(result.sensitivity.noClearWinner).toBe(false);
    expect(Math.abs((result.sensitivity.flip?.to ?? 0) - (result.sensitivity.flip?.from ?? 0))).toBeGreaterThan(1);
  });
  test("a single remaining candidate has no margin and no flip", () => {
    const result = decide(catalog, { candidates: ["host"], requirements: {}, weights: DEFAULT_WEIGHTS }, TODAY);
    expect(result.sensitivity).toEqual({ margin: null, noClearWinner: false, flip: null });
  });
});

describe("revisit date", () => {
  test("12 months before the end of standard support", () => {
    expect(revisitDate(SERVER, TODAY)).toEqual({ date: TODAY, basis: expect.stringContaining("less than 12 months") });
    const later = distro("later", {}, [{ releaseDate: "2025-05-20", standard: { name: "Full Support", end: "2030-05-31", paid: false } }]);
    expect(revisitDate(later, TODAY)).toEqual({ date: "2029-05-31", basis: "12 months before R0's end of Full Support (2030-05-31)" });
  });
  test("a fixed 12-month interval when no end is published, saying so", () => {
    expect(revisitDate(HOST, TODAY)).toEqual({ date: "2027-11-25", basis: expect.stringContaining("no end of standard support is published") });
  });
  test("the earliest lifecycle event among the options when it comes first", () => {
    const soon = distro("soon", {}, [
      {
        releaseDate: "2024-01-10",
        standard: { name: "Standard support", end: "2027-03-31", paid: false },
        extended: { name: "Extended support", end: "2028-01-15", paid: true },
      },
    ]);
    expect(revisitDate(HOST, TODAY, [HOST, soon])).toEqual({
      date: "2027-03-31",
      basis: "the earliest lifecycle event among the options: SOON R0's end of Standard support (2027-03-31)",
    });
    // An event after the chosen option's own horizon does not move it.
    const late = distro("late", {}, [{ releaseDate: "2024-01-10", standard: { name: "Standard support", end: "2031-01-01", paid: false } }]);
    expect(revisitDate(HOST, TODAY, [HOST, late])).toEqual(revisitDate(HOST, TODAY));
  });
});

describe("caveats", () => {
  test("preview, Fedora-based, CPU baseline and Kubernetes-bound support", () => {
    const d = distro("p", {
      status: "preview",
      "upstream-base": "Fedora 43 sources",
      "cpu-baseline": { disputed: ["No baseline set", "x86-64-v3 (Haswell)"] },
      "support-lifecycle": "Support follows the AKS Kubernetes version",
    });
    expect(caveatsFor(d).map((c) => c.kind)).toEqual(["preview", "fedora-based", "cpu-baseline", "kubernetes-support"]);
    expect(caveatsFor(HOST)).toEqual([]);
  });
});

describe("URL state", () => {
  test("round-trips and drops anything unreadable", () => {
    const r = parseRequirements("ga,arm64,cloud:azure,k8s:aks,years:3,bogus,cloud:mars,years:99");
    expect(r).toEqual({ ga: true, arm64: true, cloud: "azure", managedKubernetes: "aks", minSupportYears: 3 });
    expect(parseRequirements(serializeRequirements(r))).toEqual(r);
    const w = parseWeights("maturity:0,flexibility:5,attack-surface:9,nope:2");
    expect(w).toEqual({ ...DEFAULT_WEIGHTS, maturity: 0, flexibility: 5 });
    expect(serializeWeights(w)).toBe("flexibility:5,maturity:0");
    expect(parseWeights(null)).toEqual(DEFAULT_WEIGHTS);
  });
  test("names inherited from Object are not requirements or criteria", () => {
    expect(parseRequirements("toString,constructor,__proto__,hasOwnProperty")).toEqual({});
    expect(parseWeights("toString:1,__proto__:2,constructor:3")).toEqual(DEFAULT_WEIGHTS);
  });
});

describe("the browser's catalog", () => {
  test("carries no sources or notes and ranks exactly as the sourced catalog", () => {
    const browser = withoutSources(catalog);
    const text = JSON.stringify(browser);
    expect(text).not.toContain('"sources"');
    expect(text).not.toContain('"note"');
    for (const weights of [DEFAULT_WEIGHTS, only("update-safety"), only("support-remaining")]) {
      expect(decide(browser, { candidates: ["host", "server"], requirements: {}, weights }, TODAY)).toEqual(
        decide(catalog, { candidates: ["host", "server"], requirements: {}, weights }, TODAY),
      );
    }
  });
});
