import type { AttributeClaims, AttributeView, ClaimView, DistroDetail, EffectiveSupport, ReleaseView } from "@/lib/validations/api";
import type { ClaimValue } from "@/lib/validations/catalog";

/** The catalog attributes the decision builder reads; nothing else is sent to the browser or snapshotted. */
export const SCORING_ATTRIBUTE_KEYS = [
  "status",
  "support-lifecycle",
  "update-model",
  "rollback",
  "root-filesystem",
  "package-manager",
  "selinux-default",
  "secure-boot",
  "fips",
  "purpose",
  "architectures",
  "availability",
  "managed-kubernetes",
  "cpu-baseline",
  "upstream-base",
  "origin-lineage",
] as const;

/**
 * Platform facts a decision record lists for each option without scoring
 * them, so a review board sees them beside the scores. Recorded in saved
 * reports; not sent to the browser.
 */
export const REPORT_FACT_KEYS = [
  "kernel",
  "cgroup-version",
  "confidential-computing",
  "gpu-support",
  "supply-chain",
  "hardening-benchmarks",
  "live-patching",
  "boot-requirements",
  "access-model",
] as const;

/** What scoring reads of a claim and of a release: values and statuses, not the sources and notes behind them. */
export type ScoringClaim = Pick<ClaimView, "value" | "display" | "status" | "preferred">;
export type ScoringAttributeClaims = Omit<AttributeClaims, "claims"> & { claims: ScoringClaim[] };
export type ScoringRelease = Omit<ReleaseView, "sources" | "note">;
/** A support window on a managed Kubernetes service, without the sources behind it. */
export type ScoringWindow = Omit<EffectiveSupport, "sources">;

/** A distro as the scoring reads it; the browser gets exactly this. Reports saved before windows existed have none. */
export type ScoringDistro = Pick<DistroDetail, "slug" | "name" | "vendor" | "status" | "kind" | "featured"> & {
  attributes: ScoringAttributeClaims[];
  releases: ScoringRelease[];
  managedKubernetes?: ScoringWindow[];
};
export type ScoringAttribute = Pick<AttributeView, "key" | "label" | "values">;
export type ScoringCatalog = { distros: ScoringDistro[]; attributes: ScoringAttribute[] };

/** The same distro with each claim's and release's sources and notes: what a saved report records. */
export type SourcedScoringDistro = Pick<DistroDetail, "slug" | "name" | "vendor" | "status" | "kind" | "featured" | "attributes" | "releases"> & {
  managedKubernetes?: EffectiveSupport[];
};
export type SourcedScoringCatalog = { distros: SourcedScoringDistro[]; attributes: ScoringAttribute[] };

/** Why a value was not taken at face value. */
export type Flag = "unknown" | "disputed" | "inferred" | "reported";

/** Every position a catalog attribute holds for a distro; unknown when no source states one. */
export type Positions = { values: ClaimValue[]; unknown: boolean; disputed: boolean; inferred: boolean; reported: boolean };

/** Trims a distro to the attributes the decision builder reads. */
export function toScoringDistro(d: DistroDetail): SourcedScoringDistro {
  const keys: readonly string[] = [...SCORING_ATTRIBUTE_KEYS, ...REPORT_FACT_KEYS];
  return {
    slug: d.slug,
    name: d.name,
    vendor: d.vendor,
    status: d.status,
    kind: d.kind,
    featured: d.featured,
    attributes: d.attributes.filter((a) => keys.includes(a.key)),
    releases: d.releases,
    managedKubernetes: d.managedKubernetes,
  };
}

/** The slice of the catalog the decision builder needs, with its sources (the server scores and records from it). */
export function toScoringCatalog(distros: DistroDetail[], attributes: AttributeView[]): SourcedScoringCatalog {
  const keys: readonly string[] = [...SCORING_ATTRIBUTE_KEYS, ...REPORT_FACT_KEYS];
  return {
    distros: distros.map(toScoringDistro),
    attributes: attributes.filter((a) => keys.includes(a.key)).map(({ key, label, values }) => ({ key, label, values })),
  };
}

/**
 * The scoring catalog without sources and notes, for the browser: it only
 * ranks and explains, and a saved report is recomputed and recorded, with
 * every source, on the server. Half of what /decide would otherwise send.
 */
export function withoutSources(catalog: SourcedScoringCatalog): ScoringCatalog {
  const scoring: readonly string[] = SCORING_ATTRIBUTE_KEYS;
  return {
    attributes: catalog.attributes.filter((a) => scoring.includes(a.key)),
    distros: catalog.distros.map(({ attributes, releases, managedKubernetes, ...d }) => ({
      ...d,
      managedKubernetes: managedKubernetes?.map(({ sources: _sources, ...w }) => w),
      attributes: attributes
        .filter((a) => scoring.includes(a.key))
        .map(({ claims, ...a }) => ({ ...a, claims: claims.map(({ value, display, status, preferred }) => ({ value, display, status, preferred })) })),
      releases: releases.map(({ sources: _sources, note: _note, ...r }) => r),
    })),
  };
}
