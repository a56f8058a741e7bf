import { z } from "zod";

/** Saved reports listed per page, by default and at most. */
export const REPORTS_PER_PAGE = 20;
export const MAX_REPORTS_PER_PAGE = 100;

const positiveWhole = (name: string, max: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, `${name} must be a whole number from 1`)
    .transform(Number)
    .refine((n) => n <= max, `${name} must be at most ${max}`);

/** GET /api/v1/reports: which page of the list, newest first. Strict: any other parameter is a 400. */
export const reportListQuerySchema = z.strictObject({
  page: positiveWhole("page", 999_999).optional().describe("1 for the newest reports (the default)"),
  limit: positiveWhole("limit", MAX_REPORTS_PER_PAGE)
    .optional()
    .describe(`reports per page, ${REPORTS_PER_PAGE} unless given, at most ${MAX_REPORTS_PER_PAGE}`),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

const optionSchema = z.object({ slug: z.string(), name: z.string() });

/** One saved report as the list shows it: what it is for, what it chose among which options, and when. */
export const reportSummarySchema = z
  .object({
    id: z.string(),
    url: z.string().describe("Path of the report's page"),
    title: z.string().describe('The report\'s heading, e.g. "Use Bottlerocket for the EKS node fleet"'),
    subject: z.string().describe("What the decision is for, as the user entered it"),
    chosen: optionSchema.nullable().describe("The chosen option; null when no decision was reached"),
    tiedForFirst: z.array(optionSchema).describe("When no option was chosen because the leaders tie, the tied options"),
    candidates: z.array(optionSchema).describe("The options considered, in the order given"),
    createdAt: z.string().describe("When it was saved (ISO 8601)").meta({ format: "date-time" }),
  })
  .meta({ id: "ReportSummary" });
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportListSchema = z
  .object({
    reports: z.array(reportSummarySchema).describe("Newest first"),
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int().describe("Saved reports in all"),
    pages: z.number().int().describe("Pages in all at this limit (0 when nothing is saved)"),
    next: z.string().nullable().describe("Address of the next page, null on the last"),
    previous: z.string().nullable().describe("Address of the previous page, null on the first"),
  })
  .meta({ id: "ReportList" });
export type ReportList = z.infer<typeof reportListSchema>;
