import { z } from "zod";
import { isoDateSchema, slugSchema } from "@/lib/validations/catalog";
import { catalogVersionSchema } from "@/lib/validations/api";
import { criterionKeySchema, requirementsSchema } from "@/lib/validations/report";
import { CRITERION_KEYS } from "@/lib/decide/inputs";

/**
 * A saved report as the database keeps it since catalog versions are kept:
 * the inputs, the computed result and the catalog version it was computed
 * on; the claims and sources are read from that kept version. `format`
 * numbers the layout so older reports keep opening as it moves on.
 */
export const STORED_REPORT_FORMAT = 3;

const flagSchema = z.enum(["unknown", "disputed", "inferred", "reported"]);
const flagsSchema = z.array(z.strictObject({ attribute: z.string(), flag: flagSchema }));

const requirementCheckSchema = z.strictObject({
  requirement: requirementsSchema.keyof(),
  label: z.string(),
  outcome: z.enum(["met", "unmet", "unverified"]),
  reason: z.string(),
  needsChecking: z.string().nullable(),
});

const breakdownItemSchema = z.strictObject({
  criterion: criterionKeySchema,
  label: z.string(),
  weight: z.number(),
  value: z.number(),
  points: z.number(),
  detail: z.string(),
  flags: flagsSchema,
});

const rankedSchema = z.strictObject({
  slug: slugSchema,
  name: z.string(),
  score: z.number(),
  rank: z.number().int(),
  tiedWith: z.array(slugSchema),
  breakdown: z.array(breakdownItemSchema),
  flagged: z.array(z.string()),
  reasons: z.array(z.string()),
  requirements: z.array(requirementCheckSchema),
  unverified: z.array(requirementCheckSchema),
});

const excludedSchema = z.strictObject({
  slug: slugSchema,
  name: z.string(),
  failed: z.array(requirementCheckSchema),
  requirements: z.array(requirementCheckSchema),
});

const weightsRecordSchema = z.strictObject(
  Object.fromEntries(CRITERION_KEYS.map((k) => [k, z.number().int().min(0)])) as Record<(typeof CRITERION_KEYS)[number], z.ZodNumber>,
);

export const decisionResultSchema = z.strictObject({
  candidates: z.array(slugSchema),
  requirements: requirementsSchema,
  weights: weightsRecordSchema,
  current: slugSchema.nullable(),
  strict: z.boolean(),
  today: isoDateSchema,
  ranked: z.array(rankedSchema),
  excluded: z.array(excludedSchema),
  winner: slugSchema.nullable(),
  tiedForFirst: z.array(slugSchema),
  caveats: z.array(
    z.strictObject({ slug: slugSchema, name: z.string(), kind: z.enum(["preview", "fedora-based", "cpu-baseline", "kubernetes-support"]), text: z.string() }),
  ),
  sensitivity: z.strictObject({
    margin: z.number().nullable(),
    noClearWinner: z.boolean(),
    flip: z.strictObject({ criterion: criterionKeySchema, label: z.string(), from: z.number(), to: z.number(), newLeader: slugSchema.nullable() }).nullable(),
  }),
  revisit: z.strictObject({ date: isoDateSchema, basis: z.string() }).nullable(),
});

export const storedReportSchema = z.strictObject({
  format: z.literal(STORED_REPORT_FORMAT),
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  number: z.number().int().min(1),
  title: z.string(),
  context: z.string(),
  decisionMakers: z.array(z.string()),
  consulted: z.array(z.string()),
  informed: z.array(z.string()),
  candidates: z.array(slugSchema).min(1),
  requirements: requirementsSchema,
  weights: weightsRecordSchema,
  result: decisionResultSchema,
  /** The criteria's names and rules as they were when the result was computed. */
  criteria: z.array(z.strictObject({ key: criterionKeySchema, label: z.string(), rule: z.string() })),
  /** The kept catalog version the result was computed on; its claims and sources are read from there. */
  catalogVersion: catalogVersionSchema,
});
export type StoredReport = z.infer<typeof storedReportSchema>;
