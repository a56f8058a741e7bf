import { z } from "zod";
import {
  attributeClaimsSchema,
  attributeViewSchema,
  catalogVersionSchema,
  citedSourceSchema,
  distroDetailSchema,
  effectiveSupportSchema,
  releaseViewSchema,
  sourceRefSchema,
} from "@/lib/validations/api";
import { isoDateSchema, slugSchema } from "@/lib/validations/catalog";
import { reportInputSchema, requirementsSchema, weightsSchema } from "@/lib/validations/report";
import { decisionResultSchema, storedReportSchema } from "@/lib/validations/stored-report";

/**
 * The JSON export of a saved report (GET /api/v1/reports/{id}/export?format=json):
 * the report as it was computed, with every claim and source it read. The
 * decision result reuses the stored report's strict schema and the distros
 * the read API's shapes, so the document describes each part once.
 */

export const REPORT_EXPORT_FORMAT = "distro-atlas-decision-report";
export const REPORT_EXPORT_VERSION = 1;

const result = decisionResultSchema.shape;
const ranked = result.ranked.element.shape;

// Every criterion's weight, each 0 to 5: the stored schema only bounds them below.
const weightsRecordSchema = weightsSchema.required().describe("each criterion's weight, 0 to 5");

const requirementCheckSchema = ranked.requirements.element
  .extend({
    requirement: ranked.requirements.element.shape.requirement.describe("the requirement, named as in `requirements`"),
    outcome: ranked.requirements.element.shape.outcome.describe(
      "met: the sources show the option meets it; unmet: they show it does not; unverified: no source states it or sources disagree",
    ),
    needsChecking: ranked.requirements.element.shape.needsChecking.describe("for an unverified outcome, what to check by hand; otherwise null"),
  })
  .meta({ id: "RequirementCheck" });

const rankedOptionSchema = result.ranked.element
  .extend({
    score: ranked.score.describe("0–100: the weighted criterion values; the breakdown's points add up to it"),
    rank: ranked.rank.describe("1 for the best; options tied at one decimal share a rank"),
    tiedWith: ranked.tiedWith.describe("the distros with the same score at one decimal"),
    flagged: ranked.flagged.describe("values scored with reservations: unknown, disputed, inferred or reported only by press or community"),
    reasons: ranked.reasons.describe("the criteria that earned the most points"),
    requirements: z.array(requirementCheckSchema).describe("every requirement set, with its outcome"),
    unverified: z.array(requirementCheckSchema).describe("the requirements the sources cannot show are met; the option stays in the ranking, flagged"),
  })
  .meta({ id: "RankedOption" });

const excludedOptionSchema = result.excluded.element
  .extend({
    failed: z.array(requirementCheckSchema).describe("the requirements that excluded it: unmet ones, and unverified ones when strict"),
    requirements: z.array(requirementCheckSchema).describe("every requirement set, with its outcome"),
  })
  .meta({ id: "ExcludedOption" });

const decisionSchema = decisionResultSchema
  .extend({
    candidates: result.candidates.describe("the distros compared, the one in use today included"),
    weights: weightsRecordSchema,
    current: result.current.describe("the distro in use today, considered like the others; null when none was named"),
    strict: result.strict.describe("whether an option whose sources cannot show it meets a requirement is excluded rather than flagged"),
    today: isoDateSchema.describe("YYYY-MM-DD: the day support periods were counted from").meta({ format: "date" }),
    ranked: z.array(rankedOptionSchema).describe("the options that meet the requirements, best first"),
    excluded: z.array(excludedOptionSchema).describe("the options that fail a requirement"),
    winner: result.winner.describe("the recommended distro; null when no option remains or the first place is a tie"),
    tiedForFirst: result.tiedForFirst.describe("the distros sharing first place when it is a tie; otherwise empty"),
    caveats: result.caveats.describe("warnings about the ranked options to read before deciding"),
    sensitivity: result.sensitivity.describe("how firm the lead is: its margin, and the smallest weight change that would change it"),
    revisit: z
      .strictObject({
        date: isoDateSchema.describe("YYYY-MM-DD").meta({ format: "date" }),
        basis: z.string().describe("the lifecycle event the date comes from"),
      })
      .nullable()
      .describe("when to review the decision; null when no option remains"),
  })
  .meta({ id: "DecisionResult" });

const criterionSchema = storedReportSchema.shape.criteria.element.meta({ id: "DecisionCriterion" });

/** A compared distro as the catalog stated it when the report was computed. */
const reportDistroSchema = z
  .strictObject({
    slug: distroDetailSchema.shape.slug.describe("the distro's id, as in its address on the site"),
    name: distroDetailSchema.shape.name,
    vendor: distroDetailSchema.shape.vendor,
    status: distroDetailSchema.shape.status,
    kind: distroDetailSchema.shape.kind,
    featured: distroDetailSchema.shape.featured,
    attributes: z.array(attributeClaimsSchema).describe("the values the decision reads and the platform facts it lists, each with its sources"),
    releases: z.array(releaseViewSchema),
    managedKubernetes: z
      .array(effectiveSupportSchema)
      .optional()
      .describe("the support window on each managed Kubernetes service that offers this OS; absent in reports saved before these were recorded"),
  })
  .meta({ id: "ReportDistro" });

/** How an attribute's values are named and ordered, as the report read them. */
const reportAttributeSchema = z
  .strictObject({
    key: attributeViewSchema.shape.key,
    label: attributeViewSchema.shape.label,
    values: attributeViewSchema.shape.values.describe("the values it takes, each with its rank when they are ordered (higher is better); null for free text"),
  })
  .meta({ id: "ReportAttribute" });

/**
 * A source in the report's list. Reports saved before 4 December 2026 also
 * carry, on each, the quote of the last value read that cites it.
 */
const reportSourceSchema = sourceRefSchema
  .extend({
    quote: citedSourceSchema.shape.quote
      .optional()
      .describe(
        "only in reports saved before 4 December 2026: a passage of this source quoted by one of the values citing it; each value in `distros` carries its own quotes",
      ),
  })
  .meta({ id: "ReportSource" });

export const reportExportSchema = z
  .strictObject({
    format: z.literal(REPORT_EXPORT_FORMAT).describe("what this file is"),
    formatVersion: z.literal(REPORT_EXPORT_VERSION).describe("the layout of this file; a new number means fields changed"),
    id: z.uuid().describe("the report's id, as in its address"),
    createdAt: z.iso.datetime().describe("when the report was saved (ISO 8601)").meta({ format: "date-time" }),
    number: reportInputSchema.shape.number.unwrap().describe("the decision record's number (NNNN in the Markdown file's name)"),
    title: z.string().describe("what the decision is for"),
    context: z.string().describe("the problem as its authors wrote it; empty when they gave none"),
    decisionMakers: z.array(z.string()),
    consulted: z.array(z.string()),
    informed: z.array(z.string()),
    candidates: z.array(slugSchema).min(1).describe("the distros compared, the one in use today included"),
    requirements: requirementsSchema.describe("the hard requirements; one that is absent was not set"),
    weights: weightsRecordSchema,
    result: decisionSchema,
    catalogVersion: catalogVersionSchema.describe("the catalog version the report was computed on"),
    criteria: z.array(criterionSchema).describe("how each criterion was scored, as worded when the report was computed"),
    distros: z.array(reportDistroSchema).describe("the compared distros' sourced values"),
    attributes: z.array(reportAttributeSchema),
    sources: z.array(reportSourceSchema).describe("every source the compared distros' values cite, each once, by title"),
  })
  .meta({
    id: "DecisionReportExport",
    description: "A saved decision report as it was computed: its inputs, the result, and every value and source it read",
  });

export type ReportExport = z.infer<typeof reportExportSchema>;
