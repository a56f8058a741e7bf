import { z } from "zod";
import { citationSchema, claimSchema, isoDateSchema, partialDateSchema, slugSchema } from "@/lib/validations/catalog";

/**
 * Schema of prisma/catalog/kubernetes.json: the managed Kubernetes services,
 * each version's support calendar, and the node OS options each service
 * offers. Its claims follow the same status rules as a distro's.
 */

export const MANAGED_PROVIDERS = ["aws", "azure", "gcp"] as const;

const quotedCitation = citationSchema.extend({ quote: z.string({ error: "each source is quoted for what it states" }).trim().min(8).max(400) });

/** "1.34": the minor versions services support. */
export const kubernetesVersionSchema = z.string().regex(/^1\.\d{1,3}$/, "must be a Kubernetes minor version like 1.34");

export const kubernetesVersionLifecycleSchema = z
  .strictObject({
    version: kubernetesVersionSchema,
    /** When the service made the version generally available (a month where the service gives only the month). */
    released: partialDateSchema.nullable(),
    /** End of the standard (free) support period; null when not published. */
    standardEnd: isoDateSchema.nullable(),
    /** End of the extended or long-term period; null when the version has none or it is not published. */
    extendedEnd: isoDateSchema.nullable(),
    /** Whether the version is offered an extended or long-term period at all. */
    extended: z.boolean(),
    /**
     * confirmed: the service's page states the dates. inferred: worked out from
     * the service's stated rule (the note says how). reported: only a tracker
     * that copies the service's calendar states them.
     */
    status: z.enum(["confirmed", "inferred", "reported"]),
    note: z.string().trim().min(3).max(600).optional(),
    sources: z.array(quotedCitation).min(1).max(6),
  })
  .superRefine((v, ctx) => {
    if (v.status !== "confirmed" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: `${v.status} dates need a note saying where they come from` });
    if (!v.extended && v.extendedEnd !== null)
      ctx.addIssue({ code: "custom", path: ["extendedEnd"], message: "a version without an extended period has no extended end" });
    const order = [v.released, v.standardEnd, v.extendedEnd].filter((d): d is string => d !== null);
    if (order.some((d, i) => i > 0 && d < (order[i - 1] ?? d)))
      ctx.addIssue({ code: "custom", path: ["standardEnd"], message: "dates must run release ≤ standard end ≤ extended end" });
  });

/** One node OS a service offers: a catalogued distro, or another option (e.g. Windows) named only. */
export const nodeOsSchema = z.strictObject({
  /** The catalog distro, when the option is one. */
  distro: slugSchema.nullable(),
  /** The service's own name for the option, e.g. "AL2023" or "cos_containerd". */
  name: z.string().trim().min(2).max(80),
  /** ga: offered for production; preview; retired: no longer offered for new versions. */
  stage: z.enum(["ga", "preview", "retired"]),
  /** Kubernetes minor versions the service offers with this OS (value: a list like ["1.33", "1.34"]). */
  versions: claimSchema,
  /** CPU architectures of the node images (value: a list among x86_64, aarch64). */
  architectures: claimSchema,
  /** FIPS node images on this service (value: "available", "none"). */
  fips: claimSchema,
  /** Confidential nodes on this service (value: "available", "preview", "none"). */
  confidential: claimSchema,
  note: z.string().trim().min(3).max(800).optional(),
});

export const managedServiceSchema = z.strictObject({
  slug: slugSchema,
  name: z.string().trim().min(2).max(80),
  /** What architects call it: "EKS", "AKS", "GKE". */
  shortName: z.string().trim().min(2).max(12),
  provider: z.enum(MANAGED_PROVIDERS),
  /** The vendor's own names for its two periods, e.g. "Standard support" and "Extended support". */
  standardName: z.string().trim().min(2).max(60),
  extendedName: z.string().trim().min(2).max(60),
  /** Whether the extended period costs extra. */
  extendedPaid: z.boolean(),
  /** The service's support policy in one or two sentences, quoted from its page. */
  policy: z.strictObject({ display: z.string().trim().min(10).max(500), sources: z.array(quotedCitation).min(1).max(4) }),
  /** Newest first: every version still in standard or extended support. */
  versions: z.array(kubernetesVersionLifecycleSchema).min(1).max(20),
  nodeOs: z.array(nodeOsSchema).min(1).max(20),
});

export const kubernetesFileSchema = z.strictObject({ services: z.array(managedServiceSchema).max(10) });

export type KubernetesVersionLifecycle = z.infer<typeof kubernetesVersionLifecycleSchema>;
export type NodeOsInput = z.infer<typeof nodeOsSchema>;
export type ManagedServiceInput = z.infer<typeof managedServiceSchema>;
export type KubernetesInput = z.infer<typeof kubernetesFileSchema>;
export const NODE_OS_CLAIMS = ["versions", "architectures", "fips", "confidential"] as const;
