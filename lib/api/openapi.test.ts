import { z } from "zod";
import { describe, expect, test } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

describe("openApiDocument", () => {
  test("documents every route with schemas generated from zod", () => {
    const doc = openApiDocument();
    expect(Object.keys(doc.paths)).toEqual([
      "/api/v1/distros",
      "/api/v1/distros/{slug}",
      "/api/v1/attributes",
      "/api/v1/sources",
      "/api/v1/kubernetes",
      "/api/v1/changes",
      "/changes.atom",
      "/distros/{slug}/changes.atom",
      "/api/v1/calendar.ics",
      "/api/v1/reports",
      "/api/v1/reports/{id}",
      "/api/v1/reports/{id}/export",
      "/api/health",
      "/api/v1/openapi.json",
    ]);
    for (const id of [
      "DistroDetail",
      "DistroSummary",
      "Claim",
      "SourceRef",
      "CitedSource",
      "SupersededPosition",
      "Release",
      "Attribute",
      "Error",
      "ReportInput",
      "ReportCreated",
      "ReportList",
      "ReportSummary",
      "Health",
      "KubernetesResponse",
      "ManagedKubernetesService",
      "KubernetesVersion",
      "NodeOsOption",
      "EffectiveSupport",
      "Change",
      "ChangeState",
      "ChangeListResponse",
      "KeptCatalogVersion",
    ]) {
      expect(doc.components.schemas).toHaveProperty(id);
    }
    const claim = doc.components.schemas.Claim as { properties: Record<string, { enum?: string[] }> };
    expect(claim.properties.status?.enum).toEqual(["confirmed", "reported", "disputed", "inferred", "unknown"]);
    // A reviewer checks a claim against the page: each cited source carries its quote and the day it was read.
    const cited = doc.components.schemas.CitedSource as { properties: Record<string, unknown>; required?: string[] };
    expect(cited.required).toEqual(expect.arrayContaining(["quote", "accessed", "url"]));
    expect(JSON.stringify(claim.properties.sources)).toContain("CitedSource");
    expect(doc.paths["/api/v1/distros"].get.parameters.map((p) => p.name)).toEqual(["vendor", "kind", "status", "featured"]);
    // A version's ends and a distro's effective window are both documented.
    const version = doc.components.schemas.KubernetesVersion as { required?: string[] };
    expect(version.required).toEqual(expect.arrayContaining(["version", "released", "standardEnd", "extendedEnd", "sources"]));
    expect(JSON.stringify(doc.components.schemas.DistroDetail)).toContain("EffectiveSupport");
  });
  test("describes the report body, export formats and health answers as the routes validate them", () => {
    const doc = openApiDocument();
    const input = doc.components.schemas.ReportInput as {
      required?: string[];
      additionalProperties?: boolean;
      properties: Record<string, { maxItems?: number }>;
    };
    expect(input.required).toEqual(["candidates"]);
    expect(input.additionalProperties).toBe(false);
    expect(input.properties.candidates?.maxItems).toBe(50);
    const exportOp = doc.paths["/api/v1/reports/{id}/export"].get;
    const format = exportOp.parameters.find((p) => p.name === "format") as { required: boolean; schema: { enum?: string[] } };
    expect(format.required).toBe(true);
    expect(format.schema.enum).toEqual(["markdown", "pdf", "json", "csv"]);
    expect(Object.keys(exportOp.responses["200"].content).sort()).toEqual(["application/json", "application/pdf", "text/csv", "text/markdown"]);
    expect(Object.keys(doc.paths["/api/v1/reports"].post.responses).sort()).toEqual(["201", "400", "405", "413", "415", "429", "431", "500", "503"]);
    // The list: page and limit as the route validates them, answering a ReportList of ReportSummary.
    const list = doc.paths["/api/v1/reports"].get;
    expect(list.parameters.map((p) => [p.name, p.required])).toEqual([
      ["page", false],
      ["limit", false],
    ]);
    expect(Object.keys(list.responses).sort()).toEqual(["200", "400", "405", "431", "500", "503"]);
    expect(JSON.stringify(list.responses["200"])).toContain("#/components/schemas/ReportList");
    const summary = doc.components.schemas.ReportSummary as { required?: string[] };
    expect(summary.required).toEqual(expect.arrayContaining(["id", "url", "title", "chosen", "candidates", "createdAt"]));
    expect(Object.keys(doc.paths["/api/health"].get.responses).sort()).toEqual(["200", "400", "405", "431", "500", "503"]);
    expect(JSON.stringify(doc.components.schemas.Health)).toContain("postgresql");
    expect(doc.paths["/api/v1/calendar.ics"].get.parameters[0]?.description).toContain("at most 50");
  });
  test("every $ref points at a defined component", () => {
    const doc = openApiDocument();
    const refs = JSON.stringify(doc).match(/"#\/components\/(schemas|responses|headers)\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) {
      const [, kind, name] = r.slice(1, -1).split("/").slice(1);
      expect(doc.components[kind as "schemas" | "responses" | "headers"], r).toHaveProperty(name!);
    }
  });

  test("builds when a second copy of a schema module registered the same ids, as in a production server", () => {
    const before = JSON.stringify(openApiDocument());
    // A bundle layer that loads the validation module again registers a second CitedSource.
    z.object({ id: z.string() }).meta({ id: "CitedSource" });
    expect(JSON.stringify(openApiDocument())).toBe(before);
  });
});
