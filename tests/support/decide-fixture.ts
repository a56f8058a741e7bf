import type { ScoringAttribute, SourcedScoringDistro } from "@/lib/decide/types";
import type { ReleaseView } from "@/lib/validations/api";
import type { ClaimValue } from "@/lib/validations/catalog";

/** A claim spec: a value (confirmed), null (unknown), { disputed: [...] } or { inferred: v }. */
export type ClaimSpec = ClaimValue | null | { disputed: ClaimValue[] } | { inferred: ClaimValue };

const src = {
  id: "s",
  title: "Source",
  publisher: "P",
  url: "https://example.com/",
  kind: "vendor" as const,
  published: null,
  accessed: "2026-11-01",
  quote: "The source states it.",
};

export function distro(slug: string, claims: Record<string, ClaimSpec>, releases: Partial<ReleaseView>[] = []): SourcedScoringDistro {
  const attributes = Object.entries(claims).map(([key, spec]) => {
    // Labels as the catalog writes them: "Update model", never the key.
    const base = { key, label: `${key[0]?.toUpperCase()}${key.slice(1).replace(/-/g, " ")}`, group: "Lifecycle" as const };
    if (spec === null)
      return {
        ...base,
        status: "unknown" as const,
        claims: [{ value: null, display: "unknown", status: "unknown" as const, preferred: true, note: "n", sources: [], history: [] }],
      };
    if (typeof spec === "object" && !Array.isArray(spec) && "disputed" in spec) {
      return {
        ...base,
        status: "disputed" as const,
        claims: spec.disputed.map((v, i) => ({
          value: v,
          display: String(v),
          status: "disputed" as const,
          preferred: i === 0,
          note: null,
          sources: [src],
          history: [],
        })),
      };
    }
    if (typeof spec === "object" && !Array.isArray(spec) && "inferred" in spec) {
      return {
        ...base,
        status: "inferred" as const,
        claims: [{ value: spec.inferred, display: String(spec.inferred), status: "inferred" as const, preferred: true, note: "n", sources: [], history: [] }],
      };
    }
    return {
      ...base,
      status: "confirmed" as const,
      claims: [{ value: spec, display: String(spec), status: "confirmed" as const, preferred: true, note: null, sources: [src], history: [] }],
    };
  });
  return {
    slug,
    name: slug.toUpperCase(),
    vendor: "V",
    status: "ga",
    kind: "container-host",
    featured: true,
    attributes,
    releases: releases.map((r, i) => ({
      name: `r${i}`,
      label: `R${i}`,
      releaseDate: null,
      previewDate: null,
      lts: false,
      standard: null,
      maintenance: null,
      extended: null,
      latest: null,
      note: null,
      sources: [src],
      ...r,
    })),
  };
}

export const ATTRIBUTES: ScoringAttribute[] = [
  {
    key: "status",
    label: "Status",
    values: [
      { value: "ga", label: "GA", rank: 3 },
      { value: "preview", label: "Preview", rank: 1 },
      { value: "deprecated", label: "D", rank: 0 },
    ],
  },
  {
    key: "rollback",
    label: "Rollback",
    values: [
      { value: "automatic", label: "A", rank: 2 },
      { value: "manual", label: "M", rank: 1 },
      { value: "none", label: "N", rank: 0 },
    ],
  },
  {
    key: "root-filesystem",
    label: "Root",
    values: [
      { value: "dm-verity", label: "V", rank: 2 },
      { value: "read-only", label: "R", rank: 1 },
      { value: "mutable", label: "M", rank: 0 },
    ],
  },
  {
    key: "selinux-default",
    label: "SELinux",
    values: [
      { value: "enforcing", label: "E", rank: 3 },
      { value: "permissive", label: "P", rank: 2 },
      { value: "disabled", label: "D", rank: 0 },
    ],
  },
  {
    key: "fips",
    label: "FIPS",
    values: [
      { value: "validated", label: "V", rank: 3 },
      { value: "available", label: "A", rank: 2 },
      { value: "in-progress", label: "I", rank: 1 },
      { value: "none", label: "N", rank: 0 },
    ],
  },
];

/** An image-based, locked-down host and a general-purpose package-based server. */
export const HOST = distro(
  "host",
  {
    status: "ga",
    "update-model": "image-ab",
    rollback: "automatic",
    "root-filesystem": "dm-verity",
    "package-manager": "none",
    "selinux-default": "enforcing",
    "secure-boot": true,
    fips: "available",
    purpose: "Container host",
    architectures: ["x86_64", "aarch64"],
    availability: ["aws"],
    "managed-kubernetes": "EKS (aws-k8s variants)",
  },
  [{ releaseDate: "2020-01-01", standard: { name: "Standard", end: null, paid: false } }],
);
export const SERVER = distro(
  "server",
  {
    status: "ga",
    "update-model": "package",
    rollback: "none",
    "root-filesystem": "mutable",
    "package-manager": "dnf",
    "selinux-default": "permissive",
    "secure-boot": null,
    fips: "validated",
    purpose: "General-purpose server OS",
    architectures: ["x86_64"],
    availability: ["aws", "azure", "gcp", "on-premises"],
    "managed-kubernetes": null,
  },
  [
    {
      releaseDate: "2023-03-15",
      standard: { name: "Standard support", end: "2027-06-30", paid: false },
      maintenance: { name: "Maintenance", end: "2029-06-30", paid: false },
    },
  ],
);
