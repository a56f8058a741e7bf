import type { AttributeView, DistroDetail } from "@/lib/validations/api";
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

export type ScoringDistro = Pick<DistroDetail, "slug" | "name" | "vendor" | "status" | "kind" | "featured" | "attributes" | "releases">;
export type ScoringAttribute = Pick<AttributeView, "key" | "label" | "values">;
export type ScoringCatalog = { distros: ScoringDistro[]; attributes: ScoringAttribute[] };

/** Why a value was not taken at face value. */
export type Flag = "unknown" | "disputed" | "inferred";

/** Every position a catalog attribute holds for a distro; unknown when no source states one. */
export type Positions = { values: ClaimValue[]; unknown: boolean; disputed: boolean; inferred: boolean };

/** Trims a distro to the attributes the decision builder reads. */
export function toScoringDistro(d: DistroDetail): ScoringDistro {
  const keys: readonly string[] = SCORING_ATTRIBUTE_KEYS;
  return {
    slug: d.slug,
    name: d.name,
    vendor: d.vendor,
    status: d.status,
    kind: d.kind,
    featured: d.featured,
    attributes: d.attributes.filter((a) => keys.includes(a.key)),
    releases: d.releases,
  };
}

/** The slice of the catalog the decision builder needs. */
export function toScoringCatalog(distros: DistroDetail[], attributes: AttributeView[]): ScoringCatalog {
  const keys: readonly string[] = SCORING_ATTRIBUTE_KEYS;
  return {
    distros: distros.map(toScoringDistro),
    attributes: attributes.filter((a) => keys.includes(a.key)).map(({ key, label, values }) => ({ key, label, values })),
  };
}
