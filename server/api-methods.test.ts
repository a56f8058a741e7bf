import { describe, expect, test } from "vitest";
import { apiMethodVerdict, prototypeParameter } from "./api-methods";

describe("apiMethodVerdict", () => {
  test("OPTIONS lists exactly the methods that do not answer 405", () => {
    expect(apiMethodVerdict("OPTIONS", "/api/v1/distros")).toEqual({ kind: "options", allow: "GET, HEAD, OPTIONS" });
    expect(apiMethodVerdict("OPTIONS", "/api/v1/reports")).toEqual({ kind: "options", allow: "GET, HEAD, POST, OPTIONS" });
    expect(apiMethodVerdict("OPTIONS", "/api/v1/reports/0f8e/export")).toEqual({ kind: "options", allow: "GET, HEAD, OPTIONS" });
    for (const method of ["GET", "HEAD"]) expect(apiMethodVerdict(method, "/api/v1/distros")).toEqual({ kind: "next" });
  });
  test("TRACE, CONNECT and methods the route lacks are 405 with that Allow", () => {
    for (const method of ["TRACE", "CONNECT", "PUT", "PATCH", "DELETE", "PROPFIND", "POST"]) {
      expect(apiMethodVerdict(method, "/api/v1/distros/bottlerocket")).toEqual({
        kind: "refuse",
        status: 405,
        error: "Method not allowed; this resource supports GET, HEAD, OPTIONS",
        allow: "GET, HEAD, OPTIONS",
      });
    }
    expect(apiMethodVerdict("GET", "/api/v1/reports/0f8e")).toMatchObject({ status: 405, allow: "DELETE, OPTIONS" });
    expect(apiMethodVerdict("DELETE", "/api/v1/reports/0f8e")).toEqual({ kind: "next" });
  });
  test("an address the API does not have is a 404 whatever the method", () => {
    expect(apiMethodVerdict("GET", "/api/v1/nothing")).toEqual({ kind: "next" });
    for (const method of ["TRACE", "OPTIONS", "CONNECT"]) expect(apiMethodVerdict(method, "/api/v1/nothing")).toMatchObject({ kind: "refuse", status: 404 });
  });
});

describe("prototypeParameter", () => {
  test("finds __proto__ however it is written in the query, and nothing else", () => {
    expect(prototypeParameter("/api/v1/distros?__proto__=1")).toBe('Invalid query: unknown parameter "__proto__"');
    expect(prototypeParameter("/api/v1/distros?kind=x&%5F%5Fproto%5F%5F=1")).toBe('Invalid query: unknown parameter "__proto__"');
    expect(prototypeParameter("/api/v1/distros?__proto__[x]=1")).toBeNull();
    expect(prototypeParameter("/api/v1/distros?constructor=1")).toBeNull();
    expect(prototypeParameter("/api/v1/distros")).toBeNull();
  });
});
