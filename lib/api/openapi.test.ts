import { describe, expect, test } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

describe("openApiDocument", () => {
  test("documents every read route with schemas generated from zod", () => {
    const doc = openApiDocument();
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/distros", "/api/v1/distros/{slug}", "/api/v1/attributes", "/api/v1/sources", "/api/v1/calendar.ics"]);
    for (const id of ["DistroDetail", "DistroSummary", "Claim", "SourceRef", "Release", "Attribute", "Error"]) {
      expect(doc.components.schemas).toHaveProperty(id);
    }
    const claim = doc.components.schemas.Claim as { properties: Record<string, { enum?: string[] }> };
    expect(claim.properties.status?.enum).toEqual(["confirmed", "disputed", "unknown", "inferred"]);
    expect(doc.paths["/api/v1/distros"].get.parameters.map((p) => p.name)).toEqual(["vendor", "kind", "status", "featured"]);
  });
  test("every $ref points at a defined schema", () => {
    const doc = openApiDocument();
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(doc.components.schemas).toHaveProperty(r.slice(22, -1));
  });
});
