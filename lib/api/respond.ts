import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { z } from "zod";
import { errorMessage, log } from "@/lib/log";
import { isDatabaseBusy } from "@/lib/db/busy";
import { allowHeader, type ApiMethod } from "@/lib/api/routes";

/** A JSON error body the API always uses: `{ "error": "…" }`. */
export function jsonError(status: number, message: string, headers?: HeadersInit): NextResponse {
  return NextResponse.json({ error: message }, { status, headers });
}

/** "kind: Invalid option: expected one of …; color: Unrecognized key" */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      if (i.code === "unrecognized_keys") return `unknown parameter${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => `"${k}"`).join(", ")}`;
      const at = i.path.length > 0 ? `${i.path.join(".")}: ` : "";
      return `${at}${i.message}`;
    })
    .join("; ");
}

/**
 * Parses a URL's query string against a schema. A parameter given twice is
 * an error rather than silently taking one of the values.
 */
export function parseQuery<T extends z.ZodType>(url: URL, schema: T): { ok: true; data: z.infer<T> } | { ok: false; response: NextResponse } {
  // No prototype: "__proto__" or "toString" must arrive as unknown keys, not hit Object's own.
  const raw: Record<string, string> = Object.create(null);
  for (const [key, value] of url.searchParams) {
    if (Object.hasOwn(raw, key)) return { ok: false, response: jsonError(400, `Invalid query: parameter "${key}" is given more than once`) };
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, response: jsonError(400, `Invalid query: ${describeZodError(parsed.error)}`) };
  return { ok: true, data: parsed.data };
}

/** An empty query: any parameter is rejected. */
export const noQuerySchema = z.strictObject({});

/** The 405 for a route implementing `methods`, with the Allow header the server also gives for OPTIONS. */
export function notAllowed(methods: readonly ApiMethod[]): NextResponse {
  const allow = allowHeader(methods);
  return jsonError(405, `Method not allowed; this resource supports ${allow}`, { Allow: allow });
}

/** Handlers for the methods a read-only route does not support: 405 with an Allow header. */
export function methodNotAllowed(methods: readonly ApiMethod[]) {
  const handler = () => notAllowed(methods);
  return { POST: handler, PUT: handler, PATCH: handler, DELETE: handler };
}

/**
 * Null while the client is still there; once it has closed the connection, an
 * answer nobody will read, so a handler stops before costly or storing work.
 * (Next aborts the request's signal when the connection closes.)
 */
export function abandoned(request: Request): NextResponse | null {
  return request.signal.aborted ? jsonError(499, "The client closed the connection; nothing was done") : null;
}

/**
 * Runs a handler and turns anything it throws into a 500 JSON body with no
 * internals in it; the details go to the server log.
 */
export async function guard(handler: () => Promise<NextResponse>): Promise<NextResponse> {
  try {
    return await handler();
  } catch (err) {
    // Another process held SQLite's write lock past the retry deadline: a moment later will do.
    if (isDatabaseBusy(err)) return jsonError(503, "The database is busy; retry in a moment", { "Retry-After": "1" });
    const id = await currentRequestId();
    log("error", errorMessage(err), { requestId: id });
    return jsonError(500, `Internal error (request ${id})`);
  }
}

/** The id the server gave this request (X-Request-Id), or a new one outside a request. */
async function currentRequestId(): Promise<string> {
  try {
    return (await headers()).get("x-request-id") ?? crypto.randomUUID();
  } catch {
    return crypto.randomUUID();
  }
}
