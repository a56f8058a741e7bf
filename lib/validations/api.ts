import { z } from "zod";
import {
  attributeGroupSchema,
  attributeValueSchema,
  claimStatusSchema,
  claimValueSchema,
  distroKindSchema,
  distroStatusSchema,
  slugSchema,
  sourceKindSchema,
  supportTierSchema,
  valueTypeSchema,
} from "@/lib/validations/catalog";

/**
 * Shapes the data layer returns and the read API serves. The OpenAPI
 * document is generated from these schemas.
 */

export const sourceRefSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    kind: sourceKindSchema,
    published: z.string().nullable().describe("YYYY, YYYY-MM or YYYY-MM-DD; null when the source carries no date"),
    accessed: z.string().describe("YYYY-MM-DD: when the page was last read for the catalog").meta({ format: "date" }),
  })
  .meta({ id: "SourceRef" });

/** A source as one claim or release cites it, with the page's own words. */
export const citedSourceSchema = sourceRefSchema
  .extend({
    quote: z
      .string()
      .nullable()
      .describe(
        "the source's own words that state the fact, verbatim; null for a page checked that does not state it (unknown claims) or one cited as context",
      ),
  })
  .meta({ id: "CitedSource" });

export const supersededViewSchema = z
  .object({
    display: z.string(),
    until: z.string().describe("YYYY, YYYY-MM or YYYY-MM-DD: when a later statement replaced this position"),
    sources: z.array(citedSourceSchema),
  })
  .meta({ id: "SupersededPosition" });

export const claimViewSchema = z
  .object({
    value: claimValueSchema.nullable(),
    display: z.string(),
    status: claimStatusSchema,
    preferred: z.boolean().describe("false only for a disputed position that is not the catalog's lead"),
    note: z.string().nullable(),
    sources: z.array(citedSourceSchema).describe("for an unknown claim, the pages checked that do not state it"),
    history: z.array(supersededViewSchema).describe("earlier positions replaced by a later statement, newest first"),
  })
  .meta({ id: "Claim" });

export const attributeViewSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    group: attributeGroupSchema,
    valueType: valueTypeSchema,
    values: z.array(attributeValueSchema).nullable(),
    explanation: z.string(),
  })
  .meta({ id: "Attribute" });

export const attributeClaimsSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    group: attributeGroupSchema,
    status: claimStatusSchema.describe("disputed when sources disagree; otherwise the single claim's status"),
    claims: z.array(claimViewSchema).describe("preferred position first"),
  })
  .meta({ id: "AttributeClaims" });

export const releaseViewSchema = z
  .object({
    name: z.string(),
    label: z.string(),
    releaseDate: z.string().nullable().meta({ format: "date" }),
    previewDate: z.string().nullable().meta({ format: "date" }),
    lts: z.boolean(),
    standard: supportTierSchema.nullable().describe("null: tier not offered; end null: end not published"),
    maintenance: supportTierSchema.nullable(),
    extended: supportTierSchema.nullable(),
    latest: z.object({ version: z.string(), date: z.string().nullable() }).nullable(),
    note: z.string().nullable(),
    sources: z.array(citedSourceSchema),
  })
  .meta({ id: "Release" });

export const distroSummarySchema = z
  .object({
    slug: slugSchema,
    name: z.string(),
    vendor: z.string(),
    featured: z.boolean().describe("one of the five distros shown by default"),
    clouds: z.array(z.string()),
    kind: distroKindSchema,
    status: distroStatusSchema,
    summary: z.string(),
    predecessor: z.string().nullable(),
    derivedFrom: z.string().nullable(),
    upstreamBase: z.string(),
    homepage: z.string().nullable(),
    reviewed: z.string().describe("YYYY-MM-DD: when this distro's claims and releases were last checked against their sources").meta({ format: "date" }),
    currentRelease: releaseViewSchema.nullable().describe("the newest release cycle, when the catalog lists any"),
  })
  .meta({ id: "DistroSummary" });

const kubernetesVersionViewSchema = z
  .object({
    version: z.string().describe("Kubernetes minor version, e.g. 1.34"),
    released: z.string().nullable().describe("YYYY-MM-DD, or YYYY-MM where the service gives only the month: generally available on the service"),
    standardEnd: z.string().nullable().describe("YYYY-MM-DD; null when not published").meta({ format: "date" }),
    extendedEnd: z
      .string()
      .nullable()
      .describe("YYYY-MM-DD; null when the version has no extended period or its end is not published")
      .meta({ format: "date" }),
    extended: z.boolean().describe("whether the version gets an extended or long-term period"),
    status: z
      .enum(["confirmed", "inferred", "reported"])
      .describe(
        "confirmed: the service's page states the dates; inferred: worked out from its stated rule; reported: only a tracker copying its calendar states them",
      ),
    note: z.string().nullable(),
    sources: z.array(citedSourceSchema),
  })
  .meta({ id: "KubernetesVersion" });

const nodeOsViewSchema = z
  .object({
    distro: z.string().nullable().describe("the catalog distro's slug, when the option is one"),
    distroName: z.string().nullable(),
    name: z.string().describe("the service's own name for the node OS option"),
    stage: z.enum(["ga", "preview", "retired"]),
    versions: claimViewSchema.describe("value: the Kubernetes minor versions offered with this OS"),
    architectures: claimViewSchema,
    fips: claimViewSchema.describe("value: available or none"),
    confidential: claimViewSchema.describe("value: available, preview or none"),
    note: z.string().nullable(),
  })
  .meta({ id: "NodeOsOption" });

export const managedServiceViewSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    shortName: z.string(),
    provider: z.enum(["aws", "azure", "gcp"]),
    standardName: z.string(),
    extendedName: z.string(),
    extendedPaid: z.boolean(),
    policy: z.object({ display: z.string(), sources: z.array(citedSourceSchema) }),
    versions: z.array(kubernetesVersionViewSchema).describe("newest first"),
    nodeOs: z.array(nodeOsViewSchema),
  })
  .meta({ id: "ManagedKubernetesService" });

export const effectiveSupportSchema = z
  .object({
    service: z.string(),
    serviceName: z.string(),
    serviceShortName: z.string(),
    nodeOs: z.string(),
    stage: z.enum(["ga", "preview", "retired"]),
    version: z.string().describe("the newest Kubernetes version the service offers with this OS and still supports"),
    standardName: z.string(),
    extendedName: z.string(),
    extendedPaid: z.boolean(),
    extendedOffered: z.boolean().describe("whether the version gets an extended or long-term period on this service"),
    kubernetes: z
      .object({ released: z.string().nullable(), standardEnd: z.string().nullable(), extendedEnd: z.string().nullable() })
      .describe("that version's own dates on the service"),
    os: z
      .object({ release: z.string(), tierName: z.string(), end: z.string().nullable() })
      .nullable()
      .describe("the OS's own covering support end, when the catalog lists a release"),
    standardEnd: z.string().nullable().describe("the earlier of the OS's end and the version's standard end"),
    extendedEnd: z
      .string()
      .nullable()
      .describe("the earlier of the OS's end and the version's extended end; null without an extended period or when the service publishes no end for it"),
    limitedBy: z.enum(["kubernetes", "os"]).describe("which end comes first"),
    status: z.enum(["confirmed", "inferred", "reported"]).describe("the weaker of the version dates' status and the offered versions' status"),
    sources: z.array(citedSourceSchema),
  })
  .meta({ id: "EffectiveSupport" });

export const distroDetailSchema = distroSummarySchema
  .extend({
    sources: z.array(sourceRefSchema),
    attributes: z.array(attributeClaimsSchema),
    releases: z.array(releaseViewSchema),
    successors: z.array(z.string()),
    derivatives: z.array(z.string()),
    managedKubernetes: z.array(effectiveSupportSchema).describe("the support window on each managed Kubernetes service that offers this OS"),
  })
  .meta({ id: "DistroDetail" });

export const sourceCitationSchema = z.object({
  distro: z.string().describe("the distro's slug; for kind service, the managed Kubernetes service's"),
  distroName: z.string(),
  kind: z.enum(["claim", "release", "record", "service"]),
  key: z.string().describe("attribute key, release name, 'record', or for a managed Kubernetes service what the source supports"),
  label: z.string(),
  display: z.string(),
  status: claimStatusSchema.nullable(),
});

export const sourceViewSchema = sourceRefSchema
  .extend({
    note: z.string().nullable(),
    citations: z.array(sourceCitationSchema),
  })
  .meta({ id: "Source" });

export const catalogVersionSchema = z
  .object({ hash: z.string(), loadedAt: z.string().describe("ISO 8601 timestamp").meta({ format: "date-time" }) })
  .meta({ id: "CatalogVersion" });

export const errorSchema = z.object({ error: z.string() }).meta({ id: "Error" });

const databaseKindSchema = z.enum(["sqlite", "postgresql"]);

/** GET /api/health: 200 with the catalog version when the database answers, 503 when it does not. */
export const healthSchema = z
  .discriminatedUnion("status", [
    z.object({
      status: z.literal("ok"),
      database: databaseKindSchema,
      catalogVersion: z.string().nullable().describe("Hash of the loaded catalog; null before the first load"),
    }),
    z.object({ status: z.literal("error"), database: databaseKindSchema, error: z.string() }),
  ])
  .meta({ id: "Health" });

export const distroListQuerySchema = z.strictObject({
  vendor: z.string().trim().min(1).max(80).optional(),
  kind: distroKindSchema.optional(),
  status: distroStatusSchema.optional(),
  featured: z.enum(["true", "false"]).optional(),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type CitedSource = z.infer<typeof citedSourceSchema>;
export type SupersededView = z.infer<typeof supersededViewSchema>;
export type ClaimView = z.infer<typeof claimViewSchema>;
export type AttributeView = z.infer<typeof attributeViewSchema>;
export type AttributeClaims = z.infer<typeof attributeClaimsSchema>;
export type ReleaseView = z.infer<typeof releaseViewSchema>;
export type DistroSummary = z.infer<typeof distroSummarySchema>;
export type DistroDetail = z.infer<typeof distroDetailSchema>;
export type SourceCitation = z.infer<typeof sourceCitationSchema>;
export type SourceView = z.infer<typeof sourceViewSchema>;
export type CatalogVersion = z.infer<typeof catalogVersionSchema>;
export type DistroListQuery = z.infer<typeof distroListQuerySchema>;
export type KubernetesVersionView = z.infer<typeof kubernetesVersionViewSchema>;
export type NodeOsView = z.infer<typeof nodeOsViewSchema>;
export type ManagedServiceView = z.infer<typeof managedServiceViewSchema>;
export type EffectiveSupport = z.infer<typeof effectiveSupportSchema>;

export const distroListResponseSchema = z
  .object({ catalogVersion: catalogVersionSchema, distros: z.array(distroSummarySchema) })
  .meta({ id: "DistroListResponse" });
export const distroResponseSchema = z.object({ catalogVersion: catalogVersionSchema, distro: distroDetailSchema }).meta({ id: "DistroResponse" });
export const attributeListResponseSchema = z
  .object({ catalogVersion: catalogVersionSchema, attributes: z.array(attributeViewSchema) })
  .meta({ id: "AttributeListResponse" });
export const sourceListResponseSchema = z
  .object({ catalogVersion: catalogVersionSchema, sources: z.array(sourceViewSchema) })
  .meta({ id: "SourceListResponse" });
export const kubernetesResponseSchema = z
  .object({ catalogVersion: catalogVersionSchema, services: z.array(managedServiceViewSchema) })
  .meta({ id: "KubernetesResponse" });
