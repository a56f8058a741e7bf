import { describe, expect, test } from "vitest";
import { compareVersions, effectiveSupport, longestWindow, windowLabel } from "@/lib/kubernetes/effective";
import type { ClaimView, ManagedServiceView, ReleaseView } from "@/lib/validations/api";

const claim = (value: ClaimView["value"], status: ClaimView["status"] = "confirmed"): ClaimView => ({
  value,
  display: String(value),
  status,
  preferred: true,
  note: null,
  sources: [],
  history: [],
});

function service(nodeOs: { distro: string; versions: string[] | null; stage?: "ga" | "retired" }[]): ManagedServiceView {
  return {
    slug: "eks",
    name: "Amazon EKS",
    shortName: "EKS",
    provider: "aws",
    standardName: "Standard support",
    extendedName: "Extended support",
    extendedPaid: true,
    policy: { display: "policy", sources: [] },
    versions: [
      {
        version: "1.35",
        released: "2026-06-01",
        standardEnd: "2027-08-01",
        extendedEnd: "2028-08-01",
        extended: true,
        status: "confirmed",
        note: null,
        sources: [],
      },
      {
        version: "1.34",
        released: "2025-10-02",
        standardEnd: "2026-12-02",
        extendedEnd: "2027-12-02",
        extended: true,
        status: "reported",
        note: null,
        sources: [],
      },
      { version: "1.10", released: "2024-01-01", standardEnd: "2025-03-01", extendedEnd: null, extended: false, status: "confirmed", note: null, sources: [] },
    ],
    nodeOs: nodeOs.map((o) => ({
      distro: o.distro,
      distroName: null,
      name: o.distro,
      stage: o.stage ?? "ga",
      versions: o.versions ? claim(o.versions) : claim(null, "unknown"),
      architectures: claim(["x86_64"]),
      fips: claim("none"),
      confidential: claim("none"),
      note: null,
    })),
  };
}

const release = (end: string | null): Pick<ReleaseView, "label" | "releaseDate" | "standard" | "maintenance" | "extended"> => ({
  label: "OS 1",
  releaseDate: "2024-01-01",
  standard: { name: "Standard support", end, paid: false },
  maintenance: null,
  extended: null,
});

const TODAY = "2026-12-04";

describe("effectiveSupport", () => {
  test("a node OS with no end of its own gets the newest offered version's ends, standard and extended apart", () => {
    const [w] = effectiveSupport({ slug: "host", releases: [release(null)] }, [service([{ distro: "host", versions: ["1.34", "1.35"] }])], TODAY);
    expect(w).toMatchObject({ version: "1.35", standardEnd: "2027-08-01", extendedEnd: "2028-08-01", limitedBy: "kubernetes" });
    expect(windowLabel(w!)).toBe("EKS 1.35");
  });

  test("the OS's own end caps the window when it comes first", () => {
    const [w] = effectiveSupport({ slug: "host", releases: [release("2027-01-31")] }, [service([{ distro: "host", versions: ["1.35"] }])], TODAY);
    expect(w).toMatchObject({ standardEnd: "2027-01-31", extendedEnd: "2027-01-31", limitedBy: "os", kubernetes: { standardEnd: "2027-08-01" } });
  });

  test("versions compare as numbers, and a version whose support has ended is passed over", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    const [w] = effectiveSupport({ slug: "host", releases: [] }, [service([{ distro: "host", versions: ["1.10", "1.34"] }])], TODAY);
    expect(w?.version).toBe("1.34");
    expect(w?.status).toBe("reported");
    const [old] = effectiveSupport({ slug: "host", releases: [] }, [service([{ distro: "host", versions: ["1.10"] }])], TODAY);
    // Every offered version has ended: the window shows the newest one, ended, and no extended period it never had.
    expect(old).toMatchObject({ version: "1.10", standardEnd: "2025-03-01", extendedEnd: null });
  });

  test("an end the service does not publish stays unpublished, even when the OS has one", () => {
    const svc = service([{ distro: "host", versions: ["1.35"] }]);
    svc.versions[0] = { ...svc.versions[0]!, extendedEnd: null };
    const [w] = effectiveSupport({ slug: "host", releases: [release("2030-01-01")] }, [svc], TODAY);
    expect(w).toMatchObject({ standardEnd: "2027-08-01", extendedEnd: null, extendedOffered: true });
  });

  test("unknown offered versions give no window rather than a guessed one", () => {
    expect(effectiveSupport({ slug: "host", releases: [] }, [service([{ distro: "host", versions: null }])], TODAY)).toEqual([]);
    expect(effectiveSupport({ slug: "other", releases: [] }, [service([{ distro: "host", versions: ["1.35"] }])], TODAY)).toEqual([]);
  });

  test("a decision counts the longest window on a service still offering the OS", () => {
    const windows = effectiveSupport(
      { slug: "host", releases: [] },
      [
        service([
          { distro: "host", versions: ["1.35"], stage: "retired" },
          { distro: "host", versions: ["1.34"] },
        ]),
      ],
      TODAY,
    );
    expect(windows).toHaveLength(2);
    expect(longestWindow(windows)?.version).toBe("1.34");
    expect(longestWindow([])).toBeNull();
  });
});
