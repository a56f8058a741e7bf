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
import { reportExportSchema } from "@/lib/validations/report-export";
import { allowHeader, API_ROUTES } from "@/lib/api/routes";

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
  reportExportSchema,
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

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without the keys a component or parameter must not carry. */
function jsonSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

const header = (name: string) => ({ $ref: `#/components/headers/${name}` });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** Headers clients use; every answer carries X-Request-Id. */
const HEADERS = {
  "X-Request-Id": {
    description: "The id of this request (yours when you sent a sane X-Request-Id, else a new UUID); error messages and the server log carry it",
    schema: { type: "string" },
  },
  ETag: { description: "Changes whenever the answer's content changes; send it back in If-None-Match to get a 304", schema: { type: "string" } },
  "Cache-Control": { description: "How long browsers and shared caches may keep the answer", schema: { type: "string" } },
  Allow: { description: "The methods this address answers (OPTIONS lists the same)", schema: { type: "string", example: "GET, HEAD, OPTIONS" } },
  "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer", minimum: 0 } },
  Location: { description: "The saved report's page", schema: { type: "string", format: "uri-reference" } },
  "Content-Disposition": { description: "attachment, with the file's name", schema: { type: "string" } },
};

const withRequestId = (headers: Record<string, unknown> = {}) => ({ "X-Request-Id": header("X-Request-Id"), ...headers });

function json(description: string, schema: z.ZodType, headers?: Record<string, unknown>) {
  return { description, headers: withRequestId(headers), content: { "application/json": { schema: ref(idOf(schema)) } } };
}

const errorBody = (description: string, headers?: Record<string, unknown>) => json(description, errorSchema, headers);

/** Answers any operation can give, described once. */
const RESPONSES = {
  BadRequest: errorBody(
    "Malformed request: the message names the parameter or field. Query parameters an operation does not define (__proto__ included) are refused; so is a parameter given twice.",
  ),
  NotFound: errorBody("Nothing at this address"),
  MethodNotAllowed: errorBody("This address does not answer that method", { Allow: header("Allow") }),
  HeadersTooLarge: errorBody("The request's headers or address are too large"),
  ServerError: errorBody("Internal error: the message carries the request id, nothing else"),
  Unavailable: errorBody("The server is busy (too many requests in flight) or its database stayed locked; retry after the given seconds", {
    "Retry-After": header("Retry-After"),
  }),
  NotModified: {
    description: "Not modified since the ETag sent in If-None-Match",
    headers: withRequestId({ ETag: header("ETag"), "Cache-Control": header("Cache-Control") }),
  },
};

/** The shared answers every operation can give, after its own. */
const COMMON = {
  "400": response("BadRequest"),
  "405": response("MethodNotAllowed"),
  "431": response("HeadersTooLarge"),
  "500": response("ServerError"),
  "503": response("Unavailable"),
};

/** An answer computed from the catalog: cacheable, with an ETag, and 304 on a matching If-None-Match. */
function catalogAnswer(description: string, schema: z.ZodType) {
  return { "200": json(description, schema, { ETag: header("ETag"), "Cache-Control": header("Cache-Control") }), "304": response("NotModified") };
}

function operation<S extends { responses: object }>(operationId: string, tag: string, spec: S) {
  return { operationId, tags: [tag], ...spec, responses: { ...COMMON, ...spec.responses } };
}

/** OPTIONS on every /api address: 204 with the Allow header its 405s carry (lib/api/routes.ts), exactly. */
function withOptions<P extends Record<string, object>>(paths: P): P {
  // The added key is not in P's type; the paths' own operations keep theirs for the callers that read them.
  return Object.fromEntries(
    Object.entries(paths).map(([path, operations]) => {
      const route = API_ROUTES.find((r) => r.path === path);
      if (!route) return [path, operations];
      const allow = allowHeader(route.methods);
      const name = path
        .replace(/^\/api(\/v1)?\//, "")
        .split(/[^a-z0-9]+/i)
        .filter(Boolean)
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join("");
      const first = Object.values(operations)[0] as { tags: string[]; parameters?: { in: string }[] };
      const pathParams = (first.parameters ?? []).filter((p) => p.in === "path");
      const options = {
        operationId: `options${name}`,
        tags: first.tags,
        ...(pathParams.length ? { parameters: pathParams } : {}),
        summary: `The methods this address answers: ${allow}`,
        responses: {
          "204": {
            description: "No body; Allow lists every method that does not answer 405",
            headers: withRequestId({
              Allow: { description: "The methods this address answers", schema: { type: "string", const: allow } },
              "Cache-Control": header("Cache-Control"),
            }),
          },
          "400": COMMON["400"],
          "431": COMMON["431"],
          "500": COMMON["500"],
          "503": COMMON["503"],
        },
      };
      return [path, { ...operations, options }];
    }),
  ) as P;
}

/** A query parameter's JSON schema, taken from the zod schema the route validates it with. */
function queryParams(shape: Record<string, z.ZodType>, required: string[] = []) {
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.includes(name),
    schema: jsonSchema(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>),
  }));
}

const SLUG = { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", example: "bottlerocket" };
const slugParam = { name: "slug", in: "path", required: true, description: "The distro's slug, as GET /api/v1/distros lists them", schema: SLUG };
const reportIdParam = {
  name: "id",
  in: "path",
  required: true,
  description: "The report's id, from the answer that saved it",
  schema: { type: "string", format: "uuid" },
};

const EXPORT_TYPES: Record<string, string> = {
  "text/markdown": "markdown: a MADR 4.0 decision record, named NNNN-use-<distro>.md",
  "application/pdf": "pdf: the report laid out for print (A4 unless paper=letter)",
  "text/csv": "csv: the score matrix, with formula-like cells neutralised",
};

const feedAnswer = {
  "200": {
    description: "The feed",
    headers: withRequestId({ ETag: header("ETag"), "Cache-Control": header("Cache-Control") }),
    content: { "application/atom+xml": { schema: { type: "string" } } },
  },
  "304": response("NotModified"),
};

/** The API's OpenAPI 3.1 document, generated from the zod schemas the routes validate and answer with. */
export function openApiDocument() {
  const { schemas } = z.toJSONSchema(documentRegistry(), {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, jsonSchema(schema as Record<string, unknown>)]));
  return {
    openapi: "3.1.0",
    info: {
      title: "Distro Atlas API",
      version: "1",
      description: [
        "The sourced catalog of cloud Linux distributions, read-only, and decision reports: saved once, never changed, exported in four formats. Every catalog response names the catalog version it was read from.",
        'Rules that hold for every operation: a query parameter the operation does not define is refused with 400, and so is a parameter given twice. Text fields are trimmed first, then checked (a title of spaces is empty). A list that names the same item twice is refused, never merged. A request body must be UTF-8 JSON. OPTIONS on an address answers 204 with Allow, and any other method it does not list answers 405 with the same Allow. Every answer carries X-Request-Id; errors are `{ "error": "…" }`.',
      ].join("\n\n"),
    },
    servers: [{ url: "/", description: "This instance" }],
    // Only deleting a report needs a credential (its own security below); everything else is open.
    security: [],
    tags: [
      { name: "Catalog", description: "Distros, attributes, sources and managed Kubernetes, as the loaded catalog version records them" },
      { name: "Changes", description: "What changed between catalog versions" },
      { name: "Reports", description: "Saved decision reports" },
      { name: "Service", description: "Health and this document" },
    ],
    paths: withOptions({
      "/api/v1/distros": {
        get: operation("listDistros", "Catalog", {
          summary: "List distros",
          parameters: queryParams(distroListQuerySchema.shape),
          responses: catalogAnswer("The distros, in catalog order", distroListResponseSchema),
        }),
      },
      "/api/v1/distros/{slug}": {
        get: operation("getDistro", "Catalog", {
          summary: "One distro with its attributes, claims, sources and release cycles",
          parameters: [slugParam],
          responses: { ...catalogAnswer("The full record", distroResponseSchema), "404": response("NotFound") },
        }),
      },
      "/api/v1/attributes": {
        get: operation("listAttributes", "Catalog", {
          summary: "The comparison attributes",
          responses: catalogAnswer("Attributes in display order", attributeListResponseSchema),
        }),
      },
      "/api/v1/sources": {
        get: operation("listSources", "Catalog", {
          summary: "Every cited source and what it supports",
          responses: catalogAnswer("Sources", sourceListResponseSchema),
        }),
      },
      "/api/v1/kubernetes": {
        get: operation("listKubernetesServices", "Catalog", {
          summary: "Managed Kubernetes services (EKS, AKS, GKE): versions, support ends and node OS options, with sources",
          description:
            "Every version still in standard or extended support, newest first. A distro's effective support window on each service is in its record (GET /api/v1/distros/{slug}, managedKubernetes).",
          responses: catalogAnswer("The services", kubernetesResponseSchema),
        }),
      },
      "/api/v1/changes": {
        get: operation("listChanges", "Changes", {
          summary: "What changed in the catalog, newest first",
          description:
            "Differences between the kept catalog versions (each dated by the version that brought it, with the earlier state and when it was first recorded), plus earlier positions vendors replaced that the catalog records with each claim (dated by the vendor's statement). The first kept version is the baseline. The same list is an Atom feed at /changes.atom, and per distro at /distros/{slug}/changes.atom.",
          parameters: queryParams(changeListQuerySchema.shape),
          responses: { ...catalogAnswer("The change log", changeListResponseSchema), "404": response("NotFound") },
        }),
      },
      "/changes.atom": {
        get: operation("getChangesFeed", "Changes", {
          summary: "An Atom 1.0 feed of the newest catalog changes, across every distro",
          description: "The newest 100 entries of GET /api/v1/changes, each linking to its distro's page.",
          responses: feedAnswer,
        }),
      },
      "/distros/{slug}/changes.atom": {
        get: operation("getDistroChangesFeed", "Changes", {
          summary: "An Atom 1.0 feed of one distro's catalog changes",
          parameters: [slugParam],
          responses: { ...feedAnswer, "404": response("NotFound") },
        }),
      },
      "/api/v1/calendar.ics": {
        get: operation("getLifecycleCalendar", "Catalog", {
          summary: "An iCalendar (RFC 5545) file of the chosen distros' release and support-end dates, with reminders 12, 6, 3 and 1 months before each end",
          parameters: [
            {
              name: "distros",
              in: "query",
              required: true,
              description: `Comma-separated distro slugs: at least one, at most ${MAX_SELECTION}, none twice; an unknown slug is a 400`,
              schema: { type: "string", pattern: "^\\s*[a-z0-9-]+\\s*(,\\s*[a-z0-9-]+\\s*)*$", example: "amazon-linux-2023,bottlerocket" },
            },
          ],
          responses: {
            "200": {
              description: "The calendar, one all-day event per date",
              headers: withRequestId({ "Content-Disposition": header("Content-Disposition"), "Cache-Control": header("Cache-Control") }),
              content: { "text/calendar": { schema: { type: "string" } } },
            },
          },
        }),
      },
      "/api/v1/reports": {
        get: operation("listReports", "Reports", {
          summary: "The saved reports, newest first, a page at a time",
          description:
            "Each with its title, the chosen option (or why none was chosen), the options considered and when it was saved; next and previous give the neighbouring pages. A page past the last is empty.",
          parameters: queryParams(reportListQuerySchema.shape),
          responses: { "200": json("One page of the list", reportListSchema, { "Cache-Control": header("Cache-Control") }) },
        }),
        post: operation("createReport", "Reports", {
          summary: "Compute a decision from the catalog and store it as a report",
          description: `Only candidates is required. Bodies over ${MAX_REPORT_BODY_BYTES / 1024} KB are refused; nothing is stored on any error. The answer's deleteToken is shown once: only its hash is kept.`,
          requestBody: { required: true, content: { "application/json": { schema: ref(idOf(reportInputSchema)) } } },
          responses: {
            "201": json("Stored; Location names the report's page", reportCreatedSchema, {
              Location: header("Location"),
              "Cache-Control": header("Cache-Control"),
            }),
            "413": errorBody("Body too large, or the report would exceed its storage budget"),
            "415": errorBody("Not sent as application/json"),
            "429": errorBody("Too many reports saved from this address in the last minute (30 by default)", { "Retry-After": header("Retry-After") }),
          },
        }),
      },
      "/api/v1/reports/{id}": {
        delete: operation("deleteReport", "Reports", {
          summary: "Delete a saved report with the token its save answer carried",
          security: [{ deleteToken: [] }],
          parameters: [reportIdParam],
          responses: {
            "204": {
              description: "Deleted; its page and exports answer 404 from now on",
              headers: withRequestId({ "Cache-Control": header("Cache-Control") }),
            },
            "401": errorBody("No bearer token sent", { "WWW-Authenticate": { description: 'Bearer realm="reports"', schema: { type: "string" } } }),
            "403": errorBody("The token does not delete this report"),
            "404": response("NotFound"),
          },
        }),
      },
      "/api/v1/reports/{id}/export": {
        get: operation("exportReport", "Reports", {
          summary: "A saved report as a file, rendered from its stored snapshot",
          parameters: [reportIdParam, ...queryParams(exportQuerySchema.shape, ["format"])],
          responses: {
            "200": {
              description: "The file, as an attachment",
              headers: withRequestId({ "Content-Disposition": header("Content-Disposition"), "Cache-Control": header("Cache-Control") }),
              content: {
                ...Object.fromEntries(Object.entries(EXPORT_TYPES).map(([type, description]) => [type, { schema: { type: "string", description } }])),
                "application/json": {
                  schema: {
                    ...ref(idOf(reportExportSchema)),
                    description: "json: the whole report (inputs, result, every claim and source used, catalog version), versioned by format and formatVersion",
                  },
                },
              },
            },
            "404": response("NotFound"),
          },
        }),
      },
      "/api/health": {
        get: operation("getHealth", "Service", {
          summary: "Whether this instance reaches its database, and the catalog version loaded in it",
          responses: {
            "200": json("The database answered", healthSchema, { "Cache-Control": header("Cache-Control") }),
            "503": json("The database did not answer within a second, or the server is busy", healthSchema, { "Cache-Control": header("Cache-Control") }),
          },
        }),
      },
      "/api/v1/openapi.json": {
        get: operation("getOpenApiDocument", "Service", {
          summary: "This document",
          responses: {
            "200": { description: "The OpenAPI 3.1 document", headers: withRequestId(), content: { "application/json": { schema: { type: "object" } } } },
          },
        }),
      },
    }),
    components: {
      schemas: components,
      responses: RESPONSES,
      headers: HEADERS,
      securitySchemes: { deleteToken: { type: "http", scheme: "bearer", description: "The deleteToken the answer that saved the report carried" } },
    },
  };
}
