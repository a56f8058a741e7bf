import { describe, expect, test } from "vitest";
import { buildMatrix, notOnAnyService, versionRange } from "@/lib/kubernetes/matrix";
import type { ClaimView, ManagedServiceView, NodeOsView } from "@/lib/validations/api";

const claim = (value: ClaimView["value"]): ClaimView => ({
  value,
  display: String(value),
  status: "confirmed",
  preferred: true,
  note: null,
  sources: [],
  history: [],
});
const option = (name: string, distro: string | null): NodeOsView => ({
  distro,
  distroName: distro ? name : null,
  name,
  stage: "ga",
  versions: claim(["1.34"]),
  architectures: claim(["x86_64"]),
  fips: claim("none"),
  confidential: claim("none"),
  note: null,
});
const service = (slug: string, nodeOs: NodeOsView[]): ManagedServiceView => ({
  slug,
  name: slug,
  shortName: slug.toUpperCase(),
  provider: "aws",
  standardName: "Standard",
  extendedName: "Extended",
  extendedPaid: true,
  policy: { display: "p", sources: [] },
  versions: [],
  nodeOs,
});

describe("buildMatrix", () => {
  test("one row per node OS across services, catalog distros first, other options matched by name", () => {
    const rows = buildMatrix([
      service("eks", [option("Windows Server", null), option("Ubuntu", "ubuntu-lts")]),
      service("aks", [option("Ubuntu 22.04", "ubuntu-lts"), option("Ubuntu 24.04", "ubuntu-lts"), option("windows server", null)]),
    ]);
    expect(rows.map((r) => r.key)).toEqual(["ubuntu-lts", "other:windows server"]);
    expect(rows[0]?.cells.aks?.map((o) => o.name)).toEqual(["Ubuntu 22.04", "Ubuntu 24.04"]);
    expect(Object.keys(rows[1]?.cells ?? {})).toEqual(["eks", "aks"]);
  });
});

describe("notOnAnyService", () => {
  test("lists the catalog distros no service offers, a retired option still counting as listed", () => {
    const retired = { ...option("Flatcar", "flatcar"), stage: "retired" as const };
    const services = [service("eks", [option("Ubuntu", "ubuntu-lts")]), service("aks", [retired])];
    const distros = [{ slug: "talos-linux" }, { slug: "ubuntu-lts" }, { slug: "flatcar" }, { slug: "rhel" }];
    expect(notOnAnyService(services, distros).map((d) => d.slug)).toEqual(["talos-linux", "rhel"]);
  });
});

describe("versionRange", () => {
  test("collapses runs of consecutive minor versions", () => {
    expect(versionRange(["1.35", "1.31", "1.32", "1.33", "1.34"])).toBe("1.31–1.35");
    expect(versionRange(["1.28", "1.30", "1.31", "1.9", "1.10"])).toBe("1.9–1.10, 1.28, 1.30–1.31");
    expect(versionRange([])).toBe("");
  });
});
