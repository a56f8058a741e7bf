import { z } from "zod";
import { claimStatusSchema, slugSchema } from "@/lib/validations/catalog";
import { catalogVersionSchema, citedSourceSchema } from "@/lib/validations/api";

/** What kind of difference a change records. */
export const CHANGE_KINDS = [
  "distro-added",
  "distro-removed",
  "release-added",
  "release-removed",
  "end-moved",
  "release-updated",
  "claim-added",
  "claim-removed",
  "value-changed",
  "status-changed",
  "dispute-opened",
  "dispute-resolved",
  "sources-changed",
  "vendor-revised",
] as const;
export const changeKindSchema = z.enum(CHANGE_KINDS);

/** One side of a change: what was shown, its evidence status, and since when it held. */
export const changeStateSchema = z
  .object({
    display: z.string(),
    status: claimStatusSchema.nullable(),
    since: z
      .string()
      .nullable()
      .describe(
        "When this position was first recorded: a catalog version's load time (ISO 8601), or the month or day a vendor's statement took effect (YYYY-MM or YYYY-MM-DD); null when not known",
      ),
  })
  .meta({ id: "ChangeState" });

export const changeSchema = z
  .object({
    id: z.string().describe("Stable identifier of this change"),
    date: z
      .string()
      .describe(
        "When it changed: the load time of the catalog version that brought it (ISO 8601), or for a vendor's own revision the month or day it was announced (YYYY-MM or YYYY-MM-DD)",
      ),
    kind: changeKindSchema,
    distro: z.string(),
    distroName: z.string(),
    subject: z.object({ type: z.enum(["distro", "release", "claim"]), key: z.string(), label: z.string() }),
    summary: z.string().describe("One sentence saying what changed"),
    before: changeStateSchema.nullable(),
    after: changeStateSchema.nullable(),
    sources: z.array(citedSourceSchema).describe("The sources of the new position (of the removed one when something was removed)"),
    version: catalogVersionSchema.nullable().describe("The catalog version that brought the change; null for a vendor revision recorded in the catalog"),
  })
  .meta({ id: "Change" });

export const keptVersionSchema = z
  .object({
    hash: z.string(),
    loadedAt: z.string().describe("ISO 8601 timestamp").meta({ format: "date-time" }),
    commit: z.string().nullable().describe("git commit of the catalog files, when loaded from a clean checkout"),
  })
  .meta({ id: "KeptCatalogVersion" });

export const changeListResponseSchema = z
  .object({
    catalogVersion: catalogVersionSchema,
    versions: z.array(keptVersionSchema).describe("Every kept catalog version, oldest first"),
    changes: z.array(changeSchema).describe("Newest first"),
  })
  .meta({ id: "ChangeListResponse" });

export const changeListQuerySchema = z.strictObject({ distro: slugSchema.optional() });

export type ChangeKind = z.infer<typeof changeKindSchema>;
export type ChangeState = z.infer<typeof changeStateSchema>;
export type Change = z.infer<typeof changeSchema>;
export type KeptVersion = z.infer<typeof keptVersionSchema>;
