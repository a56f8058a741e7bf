import { z } from "zod";
import {
  attributeListResponseSchema,
  distroListQuerySchema,
  distroListResponseSchema,
  distroResponseSchema,
  errorSchema,
  healthSchema,
  kubernetesResponseSchema,
  sourceListResponseSchema,
} from "@/lib/validations/api";
import { MAX_SELECTION } from "@/lib/selection";
import { exportQuerySchema, MAX_REPORT_BODY_BYTES, reportCreatedSchema, reportInputSchema } from "@/lib/validations/report";
import { reportListQuerySchema, reportListSchema } from "@/lib/validations/report-list";
import { changeListQuerySchema, changeListResponseSchema } from "@/lib/validations/changes";

/** Every schema the document names at its top level; the components are these and the named schemas inside them. */
const DOCUMENTED: z.ZodType[] = [
  distroListResponseSchema,
  distroResponseSchema,
  attributeListResponseSchema,
  sourceListResponseSchema,
  kubernetesResponseSchema,
  changeListResponseSchema,
  errorSchema,
  healthSchema,
  reportInputSchema,
  reportCreatedSchema,
  reportListSchema,
];

/**
 * The named schemas reachable from DOCUMENTED, in a registry of their own.
 * Not the global registry: a production server loads some schema modules in
 * more than one bundle layer, and each copy registers the same id again.
 */
function documentRegistry() {
  const registry = z.registry<{ id: string }>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (node instanceof z.ZodType) {
      const id = z.globalRegistry.get(node)?.id;
      if (id && !registry.has(node)) registry.add(node, { ...z.globalRegistry.get(node), id });
      visit((node as unknown as { _zod: { def: unknown } })._zod.def);
      return;
    }
    for (const value of Array.isArray(node) ? node : Object.values(node)) visit(value);
  };
  for (const schema of DOCUMENTED) visit(schema);
  return registry;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const idOf = (schema: z.ZodType): string => {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("schema has no meta id");
  return id;
};

function json(description: string, schema: z.ZodType) {
  return { description, content: { "application/json": { schema: ref(idOf(schema)) } } };
}

const errors = {
  "400": json("Malformed request: the message says which parameter is wrong", errorSchema),
  "405": json("Method not allowed", errorSchema),
};

/** A query parameter's JSON schema, taken from the zod schema the route validates it with. */
function queryParams(shape: Record<string, z.ZodType>, required: string[] = []) {
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.includes(name),
    schema: z.toJSONSchema(schema, { target: "openapi-3.0", io: "input" }),
  }));
}

const EXPORT_TYPES: Record<string, string> = {
  "text/markdown": "markdown: a MADR 4.0 decision record, named NNNN-use-<distro>.md",
  "application/pdf": "pdf: the report laid out for print (A4 unless paper=letter)",
  "application/json": "json: the full stored snapshot (inputs, result, every claim and source used, catalog version)",
  "text/csv": "csv: the score matrix, with formula-like cells neutralised",
};

/** The API's OpenAPI 3.0 document, generated from the zod schemas the routes validate and answer with. */
export function openApiDocument() {
  const { schemas } = z.toJSONSchema(documentRegistry(), {
    target: "openapi-3.0",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const listParams = queryParams(distroListQuerySchema.shape);
  return {
    openapi: "3.0.3",
    info: {
      title: "Distro Atlas API",
      version: "1",
      description:
        "The sourced catalog of cloud Linux distributions, read-only, and decision reports: saved once, never changed, exported in four formats. Every catalog response names the catalog version it was read from. Unknown query parameters are rejected with 400.",
    },
    paths: {
      "/api/v1/distros": {
        get: {
          summary: "List distros",
          parameters: listParams,
          responses: { "200": json("The distros, in catalog order", distroListResponseSchema), ...errors },
        },
      },
      "/api/v1/distros/{slug}": {
        get: {
          summary: "One distro with its attributes, claims, sources and release cycles",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } }],
          responses: {
            "200": json("The full record", distroResponseSchema),
            "404": json("No distro with this slug", errorSchema),
            ...errors,
          },
        },
      },
      "/api/v1/attributes": {
        get: { summary: "The comparison attributes", responses: { "200": json("Attributes in display order", attributeListResponseSchema), ...errors } },
      },
      "/api/v1/sources": {
        get: { summary: "Every cited source and what it supports", responses: { "200": json("Sources", sourceListResponseSchema), ...errors } },
      },
      "/api/v1/kubernetes": {
        get: {
          summary:
            "Managed Kubernetes services (EKS, AKS, GKE): each version's release, standard and extended support ends, and the node OS options each offers, with sources",
          description:
            "Every version still in standard or extended support, newest first. A distro's effective support window on each service is in its record (GET /api/v1/distros/{slug}, managedKubernetes).",
          responses: { "200": json("The services", kubernetesResponseSchema), ...errors },
        },
      },
      "/api/v1/changes": {
        get: {
          summary: "What changed in the catalog, newest first: new releases, moved end dates, changed values and evidence, new disputes",
          description:
            "Differences between the kept catalog versions (each dated by the version that brought it, with the earlier state and when it was first recorded), plus earlier positions vendors replaced that the catalog records with each claim (dated by the vendor's statement). The first kept version is the baseline. The same list is an Atom feed at /changes.atom, and per distro at /distros/{slug}/changes.atom.",
          parameters: queryParams(changeListQuerySchema.shape),
          responses: {
            "200": json("The change log", changeListResponseSchema),
            "404": json("No distro with this slug", errorSchema),
            ...errors,
          },
        },
      },
      "/changes.atom": {
        get: {
          summary: "An Atom 1.0 feed of the newest catalog changes, across every distro",
          description: "The newest 100 entries of GET /api/v1/changes, each linking to its distro's page. Supports If-None-Match (304).",
          responses: {
            "200": { description: "The feed", content: { "application/atom+xml": { schema: { type: "string" } } } },
            "304": { description: "Not modified since the ETag sent in If-None-Match" },
            ...errors,
          },
        },
      },
      "/distros/{slug}/changes.atom": {
        get: {
          summary: "An Atom 1.0 feed of one distro's catalog changes, for teams that run it",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } }],
          responses: {
            "200": { description: "The feed", content: { "application/atom+xml": { schema: { type: "string" } } } },
            "304": { description: "Not modified since the ETag sent in If-None-Match" },
            "404": json("No distro with this slug", errorSchema),
            ...errors,
          },
        },
      },
      "/api/v1/calendar.ics": {
        get: {
          summary: "An iCalendar (RFC 5545) feed of the chosen distros' release and support-end dates, with reminders 12, 6, 3 and 1 months before each end",
          parameters: [
            {
              name: "distros",
              in: "query",
              required: true,
              description: `Comma-separated distro slugs (at most ${MAX_SELECTION}, none twice); an unknown slug is a 400`,
              schema: { type: "string", example: "amazon-linux-2023,bottlerocket" },
            },
          ],
          responses: {
            "200": { description: "The feed, one all-day event per date", content: { "text/calendar": { schema: { type: "string" } } } },
            ...errors,
          },
        },
      },
      "/api/v1/reports": {
        get: {
          summary: "The saved reports, newest first, a page at a time",
          description:
            "Each with its title, the chosen option (or why none was chosen), the options considered and when it was saved; next and previous give the neighbouring pages. A page past the last is empty.",
          parameters: queryParams(reportListQuerySchema.shape),
          responses: { "200": json("One page of the list", reportListSchema), ...errors },
        },
        post: {
          summary: "Compute a decision from the catalog and store it as a report",
          description: `Only candidates is required. Bodies over ${MAX_REPORT_BODY_BYTES / 1024} KB are refused; nothing is stored on any error.`,
          requestBody: { required: true, content: { "application/json": { schema: ref(idOf(reportInputSchema)) } } },
          responses: {
            "201": {
              ...json("Stored; Location names the report's page", reportCreatedSchema),
              headers: { Location: { description: "The report's page", schema: { type: "string" } } },
            },
            "400": json("Malformed JSON, an unknown distro, criterion or requirement, a weight outside 0-5 or an over-long text", errorSchema),
            "405": errors["405"],
            "413": json("Body too large, or the report would exceed its storage budget", errorSchema),
            "415": json("Not sent as application/json", errorSchema),
            "429": {
              ...json("Too many reports saved from this address in the last minute (ATLAS_REPORT_RATE_LIMIT, 30 by default)", errorSchema),
              headers: { "Retry-After": { description: "Seconds until a save is allowed again", schema: { type: "integer" } } },
            },
          },
        },
      },
      "/api/v1/reports/{id}": {
        delete: {
          summary: "Delete a saved report with the token its save answer carried",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "Authorization", in: "header", required: true, description: "Bearer <deleteToken>", schema: { type: "string" } },
          ],
          responses: {
            "204": { description: "Deleted; its page and exports answer 404 from now on" },
            "401": {
              ...json("No bearer token sent", errorSchema),
              headers: { "WWW-Authenticate": { description: 'Bearer realm="reports"', schema: { type: "string" } } },
            },
            "403": json("The token does not delete this report", errorSchema),
            "404": json("No report with this id", errorSchema),
            "405": errors["405"],
          },
        },
      },
      "/api/v1/reports/{id}/export": {
        get: {
          summary: "A saved report as a file, rendered from its stored snapshot",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, ...queryParams(exportQuerySchema.shape, ["format"])],
          responses: {
            "200": {
              description: "The file, as an attachment (Content-Disposition names it)",
              content: Object.fromEntries(
                Object.entries(EXPORT_TYPES).map(([type, description]) => [
                  type,
                  { schema: { type: type === "application/json" ? "object" : "string", description } },
                ]),
              ),
            },
            "404": json("No report with this id", errorSchema),
            ...errors,
          },
        },
      },
      "/api/health": {
        get: {
          summary: "Whether this instance reaches its database, and the catalog version loaded in it",
          responses: {
            "200": json("The database answered", healthSchema),
            "503": json("The database did not answer", healthSchema),
            "405": errors["405"],
          },
        },
      },
    },
    components: { schemas },
  };
}
