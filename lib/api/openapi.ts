import { z } from "zod";
import {
  attributeListResponseSchema,
  distroListQuerySchema,
  distroListResponseSchema,
  distroResponseSchema,
  errorSchema,
  sourceListResponseSchema,
} from "@/lib/validations/api";

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

/** The read API's OpenAPI 3.0 document, generated from the response and query schemas. */
export function openApiDocument() {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "openapi-3.0",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const listParams = Object.entries(distroListQuerySchema.shape).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    schema: z.toJSONSchema(schema, { target: "openapi-3.0" }),
  }));
  return {
    openapi: "3.0.3",
    info: {
      title: "Distro Atlas read API",
      version: "1",
      description: "The sourced catalog of cloud Linux distributions. Every response names the catalog version it was read from. Unknown query parameters are rejected with 400.",
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
      "/api/v1/calendar.ics": {
        get: {
          summary: "An iCalendar (RFC 5545) feed of the chosen distros' release and support-end dates, with reminders 12, 6, 3 and 1 months before each end",
          parameters: [
            {
              name: "distros",
              in: "query",
              required: true,
              description: "Comma-separated distro slugs (at most 20); an unknown slug is a 400",
              schema: { type: "string", example: "amazon-linux-2023,bottlerocket" },
            },
          ],
          responses: {
            "200": { description: "The feed, one all-day event per date", content: { "text/calendar": { schema: { type: "string" } } } },
            ...errors,
          },
        },
      },
    },
    components: { schemas },
  };
}
