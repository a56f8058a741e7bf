import type { CompareAttribute, CompareCell, CompareData, CompareDistro, DistroEvidence } from "@/lib/compare/types";
import type { CitedSource } from "@/lib/validations/api";

// A small comparison, written by hand for the unit tests.
const one = (value: CompareCell["claims"][number]["value"], display: string, status: CompareCell["status"] = "confirmed"): CompareCell => ({
  status,
  claims: [{ value, display, status, preferred: true }],
});

export const attrs: CompareAttribute[] = [
  {
    key: "rollback",
    label: "Rollback",
    group: "Update model",
    valueType: "enum",
    order: "rank",
    explanation: "x",
    values: [
      { value: "automatic", label: "Automatic", rank: 2 },
      { value: "manual", label: "Manual", rank: 1 },
      { value: "none", label: "None", rank: 0 },
    ],
  },
  {
    key: "package-manager",
    label: "Package manager",
    group: "Packages & extension",
    valueType: "enum",
    order: "none",
    explanation: "x",
    values: [
      { value: "dnf", label: "dnf" },
      { value: "none", label: "None" },
    ],
  },
  { key: "secure-boot", label: "Secure Boot", group: "Security", valueType: "boolean", order: "boolean", explanation: "x", values: null },
  { key: "architectures", label: "CPU architectures", group: "Platform & availability", valueType: "list", order: "superset", explanation: "x", values: null },
  { key: "support-end", label: "Support ends", group: "Lifecycle", valueType: "text", order: "date", explanation: "x", values: null },
  { key: "licence-cost", label: "Licence", group: "Origin", valueType: "text", order: "none", explanation: "x", values: null },
  { key: "cpu-baseline", label: "CPU baseline", group: "Platform & availability", valueType: "text", order: "none", explanation: "x", values: null },
];

const distro = (slug: string, extra: Partial<CompareDistro>, cells: Record<string, CompareCell>): CompareDistro => ({
  slug,
  name: slug.toUpperCase(),
  vendor: "V",
  kind: "general-purpose",
  status: "ga",
  featured: true,
  packageManager: "dnf",
  updateModel: "package",
  cells,
  ...extra,
});

export const data: CompareData = {
  today: "2026-11-25",
  catalogVersion: "abc123abc123",
  attributes: attrs,
  distros: [
    distro(
      "al",
      {},
      {
        rollback: one("none", "None"),
        "package-manager": one("dnf", "dnf"),
        "secure-boot": one(false, "No"),
        architectures: one(["x86_64", "aarch64"], "x86_64, arm64"),
        "support-end": one("2029-06-30", "30 Jun 2029"),
        "licence-cost": one("Free", "Free"),
        "cpu-baseline": one(null, "Not stated", "unknown"),
      },
    ),
    distro(
      "br",
      { vendor: "W", kind: "container-host", packageManager: "none", updateModel: "image-ab" },
      {
        rollback: one("automatic", "Automatic"),
        "package-manager": one("none", "None"),
        "secure-boot": one(true, "Yes"),
        architectures: one(["x86_64"], "x86_64"),
        "support-end": one(null, "End not published", "unknown"),
        // The same value as AL's in other words: comparison goes by the value, not the prose.
        "licence-cost": one(" free. ", "Free of charge"),
        "cpu-baseline": one(null, "Not stated", "unknown"),
      },
    ),
    distro(
      "cos",
      { featured: false, kind: "container-host", status: "preview", packageManager: "none", updateModel: "image-ab" },
      {
        rollback: {
          status: "disputed",
          claims: [
            { value: "manual", display: "Manual", status: "disputed", preferred: true },
            { value: "none", display: "None", status: "disputed", preferred: false },
          ],
        },
        "package-manager": one("none", "None"),
        "secure-boot": one(true, "Yes"),
        architectures: one(["x86_64", "aarch64", "s390x"], "x86_64, arm64, s390x"),
        "support-end": one("2030-01-01", "1 Jan 2030"),
        "licence-cost": one('=HYPERLINK("x")', '=HYPERLINK("x")'),
        "cpu-baseline": one(null, "Not stated", "unknown"),
      },
    ),
  ],
};

export const source: CitedSource = {
  id: "s1",
  title: "Source one",
  publisher: "P",
  url: "https://p.example",
  kind: "vendor",
  published: null,
  accessed: "2026-11-01",
  quote: "Source one states it.",
};

/** What the catalog API would give for each fixture distro: one note-less claim per cell citing source one. */
export const evidence: Record<string, DistroEvidence> = Object.fromEntries(
  data.distros.map((d) => [
    d.slug,
    Object.fromEntries(Object.entries(d.cells).map(([key, cell]) => [key, cell.claims.map(() => ({ note: null, sources: [source] }))])),
  ]),
);
