import { describe, expect, it } from "vitest";
import { contractViolations, documentedPath } from "@/tests/support/contract-check";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers({ "content-type": "application/json", ...headers }),
  body: new TextEncoder().encode(JSON.stringify(body)),
});

describe("contract check", () => {
  it("maps request paths to the document's paths, literal before template", () => {
    expect(documentedPath("/api/v1/reports")).toBe("/api/v1/reports");
    expect(documentedPath("/api/v1/distros/bottlerocket")).toBe("/api/v1/distros/{slug}");
    expect(documentedPath("/distros/bottlerocket/changes.atom")).toBe("/distros/{slug}/changes.atom");
    expect(documentedPath("/api/v1/nothing-here")).toBeNull();
    expect(documentedPath("/distros/bottlerocket")).toBeNull();
  });

  it("accepts a documented error answer", () => {
    expect(contractViolations("GET", "/api/v1/distros/{slug}", json(404, { error: "No distro named x" }))).toEqual([]);
  });

  it("reports a status the operation does not document", () => {
    expect(contractViolations("GET", "/api/v1/attributes", json(418, { error: "teapot" }))).toEqual(["GET /api/v1/attributes → 418: status not documented"]);
  });

  it("reports a body that breaks the schema", () => {
    const problems = contractViolations("GET", "/api/v1/distros/{slug}", json(404, { message: "missing" }));
    expect(problems.join("\n")).toMatch(/must have required property 'error'/);
  });

  it("reports a header the answer sends but the document does not name", () => {
    expect(contractViolations("GET", "/api/v1/distros/{slug}", json(404, { error: "x" }, { location: "/elsewhere" }))).toEqual([
      "GET /api/v1/distros/{slug} → 404: header location not documented",
    ]);
  });

  it("reports an undocumented media type", () => {
    const answer = { status: 404, headers: new Headers({ "content-type": "text/html" }), body: new TextEncoder().encode("<p>gone</p>") };
    expect(contractViolations("GET", "/api/v1/distros/{slug}", answer)).toEqual(["GET /api/v1/distros/{slug} → 404: media type text/html not documented"]);
  });

  it("checks HEAD as GET and a missing method as the shared 405", () => {
    const empty = { status: 200, headers: new Headers({ "content-type": "application/json" }), body: new Uint8Array() };
    expect(contractViolations("HEAD", "/api/v1/attributes", empty)).toEqual([]);
    const refused = json(405, { error: "Method PUT not allowed" }, { allow: "GET, HEAD, OPTIONS" });
    expect(contractViolations("PUT", "/api/v1/attributes", refused)).toEqual([]);
  });

  it("checks OPTIONS against the methods the document gives that address", () => {
    const options = (allow: string) => ({ status: 204, headers: new Headers({ allow }), body: new Uint8Array() });
    expect(contractViolations("OPTIONS", "/api/v1/reports", options("GET, HEAD, POST, OPTIONS"))).toEqual([]);
    expect(contractViolations("OPTIONS", "/api/v1/reports", options("GET, HEAD, OPTIONS"))).toEqual([
      'OPTIONS /api/v1/reports → 204: header allow "GET, HEAD, OPTIONS" does not match its schema',
    ]);
  });

  it("checks a header's value against its schema", () => {
    const busy = json(503, { error: "busy" }, { "retry-after": "soon" });
    expect(contractViolations("GET", "/api/v1/attributes", busy)).toEqual([
      'GET /api/v1/attributes → 503: header retry-after "soon" does not match its schema',
    ]);
    expect(contractViolations("GET", "/api/v1/attributes", json(503, { error: "busy" }, { "retry-after": "2" }))).toEqual([]);
  });
});
