import SwaggerParser from "@apidevtools/swagger-parser";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, test } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

// The document as API users' standard tools read it: swagger-parser's validator and Redocly's linter with its recommended rules.
describe("the OpenAPI document, checked by the tools API users run", () => {
  test("is valid OpenAPI 3.1 for swagger-parser, every $ref resolving", async () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  test("has no error under Redocly's recommended rules", { timeout: 60_000 }, async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(openApiDocument()), absoluteRef: "openapi.json", config });
    const errors = problems.filter((p) => p.severity === "error").map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? "?"}`);
    expect(errors).toEqual([]);
    // The one warning left: the project states no licence for its API.
    expect(problems.filter((p) => p.severity === "warn").map((p) => p.ruleId)).toEqual(["info-license"]);
  });

  test("names every operation and tags it", () => {
    const doc = openApiDocument();
    const ops = Object.values(doc.paths).flatMap((item) => Object.values(item as Record<string, { operationId?: string; tags?: string[] }>));
    const ids = ops.map((o) => o.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ops.every((o) => (o.tags?.length ?? 0) > 0)).toBe(true);
  });
});
