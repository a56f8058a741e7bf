// Every answer a route-handler test receives is checked against the OpenAPI
// document the server serves (tests/support/contract-check.ts).
import { expect } from "vitest";
import { contractViolations } from "./contract-check";

/** Checks one answer of `method` on the documented `path` (template form, e.g. /api/v1/distros/{slug}). */
export async function expectContract(method: string, path: string, res: Response): Promise<void> {
  const body = new Uint8Array(await res.clone().arrayBuffer());
  expect(contractViolations(method, path, { status: res.status, headers: res.headers, body })).toEqual([]);
}

type Handler = (...args: never[]) => Promise<Response> | Response;

/** The route module with each method handler checking its answers against the document for `path`. */
export function contracted<M extends object>(module: M, path: string): M {
  const wrapped: Record<string, unknown> = { ...(module as Record<string, unknown>) };
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
    const handler = (module as Record<string, unknown>)[method] as Handler | undefined;
    if (typeof handler !== "function") continue;
    wrapped[method] = async (...args: never[]) => {
      const res = await handler(...args);
      await expectContract(method, path, res);
      return res;
    };
  }
  return wrapped as M;
}
