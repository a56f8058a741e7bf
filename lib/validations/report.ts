import { z } from "zod";
import { storableString } from "@/lib/validations/text";
import { slugSchema } from "@/lib/validations/catalog";
import { MAX_SELECTION } from "@/lib/selection";
import { CRITERION_KEYS, MANAGED_KUBERNETES, MAX_SUPPORT_YEARS, MAX_WEIGHT, PLACES } from "@/lib/decide/inputs";

/**
 * Inputs of the decision builder and of a saved decision report. Strict
 * objects: an unknown criterion, requirement or field is an error, not
 * something silently ignored.
 */

export const criterionKeySchema = z.enum(CRITERION_KEYS);

const weightSchema = z.number().int("must be a whole number").min(0, "must be between 0 and 5").max(MAX_WEIGHT, "must be between 0 and 5");

export const weightsSchema = z.strictObject({
  "support-remaining": weightSchema.optional(),
  "update-safety": weightSchema.optional(),
  "attack-surface": weightSchema.optional(),
  flexibility: weightSchema.optional(),
  certifications: weightSchema.optional(),
  portability: weightSchema.optional(),
  maturity: weightSchema.optional(),
});
export type WeightsInput = z.infer<typeof weightsSchema>;

export const placeSchema = z.enum(PLACES);
export const managedKubernetesSchema = z.enum(MANAGED_KUBERNETES);

export const requirementsSchema = z.strictObject({
  ga: z.boolean().optional(),
  packageManager: z.boolean().optional(),
  imageRollback: z.boolean().optional(),
  arm64: z.boolean().optional(),
  fips: z.boolean().optional(),
  readOnlyRoot: z.boolean().optional(),
  secureBoot: z.boolean().optional(),
  selinuxEnforcing: z.boolean().optional(),
  cloud: placeSchema.optional(),
  managedKubernetes: managedKubernetesSchema.optional(),
  minSupportYears: z.number().int("must be a whole number").min(1).max(MAX_SUPPORT_YEARS).optional(),
});
export type Requirements = z.infer<typeof requirementsSchema>;

const personList = z.array(storableString().trim().min(1).max(100)).max(20);

export const reportInputSchema = z
  .strictObject({
    title: storableString().trim().max(200).optional(),
    context: storableString().trim().max(2000).optional(),
    decisionMakers: personList.optional(),
    consulted: personList.optional(),
    informed: personList.optional(),
    /** The ADR number used in the Markdown file name (NNNN); 1 when not given. */
    number: z.number().int().min(1).max(9999).optional(),
    // Refused rather than merged, as the calendar does: one duplicate policy for the whole API.
    candidates: z
      .array(slugSchema)
      .min(1, "name at least one candidate")
      .max(MAX_SELECTION)
      .refine((l) => new Set(l).size === l.length, "a candidate is listed twice")
      .meta({ uniqueItems: true }),
    /** The OS in use today: considered and scored like the others, named as the status quo. */
    current: slugSchema.optional(),
    requirements: requirementsSchema.optional(),
    /** Exclude candidates whose values cannot show they meet a requirement, as well as those that fail one. */
    strict: z.boolean().optional(),
    weights: weightsSchema.optional(),
  })
  .meta({ id: "ReportInput" });
export type ReportInput = z.infer<typeof reportInputSchema>;

export const exportQuerySchema = z.strictObject({
  format: z.enum(["markdown", "pdf", "json", "csv"], { error: "format must be one of markdown, pdf, json, csv" }),
  paper: z.enum(["a4", "letter"], { error: "paper must be a4 or letter" }).optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** The answer to POST /api/v1/reports: the new report's id and the address of its page. */
export const reportCreatedSchema = z
  .object({
    id: z.string(),
    url: z.string().describe("Path of the report's page, also sent as Location"),
    deleteToken: z
      .string()
      .describe(
        "Deletes the report (DELETE /api/v1/reports/{id} with Authorization: Bearer <token>); given only in this answer and stored only as a hash, so keep it",
      ),
  })
  .meta({ id: "ReportCreated" });
export type ReportCreated = z.infer<typeof reportCreatedSchema>;

/** Request bodies larger than this are refused with 413 before parsing. */
export const MAX_REPORT_BODY_BYTES = 64 * 1024;
