import { describe, expect, test } from "vitest";
import { abandoned, guard, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { DatabaseBusyError } from "@/lib/db/busy";
import { distroListQuerySchema } from "@/lib/validations/api";

async function body(r: { response?: Response }) {
  return r.response ? { status: r.response.status, json: await r.response.json() } : null;
}

describe("parseQuery", () => {
  test("accepts known parameters", () => {
    const r = parseQuery(new URL("http://x/api?kind=container-host&featured=true"), distroListQuerySchema);
    expect(r).toEqual({ ok: true, data: { kind: "container-host", featured: "true" } });
  });
  test("rejects unknown, repeated and invalid parameters with a message", async () => {
    expect(await body(parseQuery(new URL("http://x/api?colour=red"), noQuerySchema) as { response?: Response })).toEqual({
      status: 400,
      json: { error: 'Invalid query: unknown parameter "colour"' },
    });
    const repeated = await body(parseQuery(new URL("http://x/api?kind=a&kind=b"), distroListQuerySchema) as { response?: Response });
    expect(repeated?.json.error).toContain('"kind" is given more than once');
    const invalid = await body(parseQuery(new URL("http://x/api?kind=desktop"), distroListQuerySchema) as { response?: Response });
    expect(invalid?.status).toBe(400);
    expect(invalid?.json.error).toMatch(/^Invalid query: kind: /);
  });
  test("parameters named like Object's own properties are unknown parameters", async () => {
    for (const name of ["__proto__", "toString", "constructor", "hasOwnProperty"]) {
      const r = await body(parseQuery(new URL(`http://x/api?${name}=1`), distroListQuerySchema) as { response?: Response });
      expect(r).toEqual({ status: 400, json: { error: `Invalid query: unknown parameter "${name}"` } });
    }
  });
});

describe("abandoned", () => {
  test("is null while the client is there, an answer once it has gone", async () => {
    const controller = new AbortController();
    const request = new Request("http://x/api/v1/reports", { signal: controller.signal });
    expect(abandoned(request)).toBeNull();
    controller.abort();
    const answer = abandoned(request);
    expect(answer?.status).toBe(499);
    expect(await answer?.json()).toEqual({ error: "The client closed the connection; nothing was done" });
  });
});

describe("guard", () => {
  test("a database locked past the retry deadline is 503 with Retry-After, not 500", async () => {
    const answer = await guard(async () => {
      throw new DatabaseBusyError(5000);
    });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("1");
    expect(await answer.json()).toEqual({ error: "The database is busy; retry in a moment" });
  });
});
