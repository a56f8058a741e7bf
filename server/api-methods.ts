// How the server answers an /api request before Next sees it: OPTIONS from
// the route table, 405 for what the route does not implement (TRACE, CONNECT
// and anything else included), so Allow is the same in both; and a query
// naming __proto__, which Next would drop before the route could refuse it.
import { allowedMethods, matchApiRoute } from "../lib/api/routes";

// The methods Next hands to route files; the /api catch-all answers them with a JSON 404.
const ROUTED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

const UNKNOWN_ADDRESS = "No API resource at this address; GET /api/v1/openapi.json lists them";

export type ApiMethodVerdict = { kind: "next" } | { kind: "options"; allow: string } | { kind: "refuse"; status: 404 | 405; error: string; allow?: string };

export function apiMethodVerdict(method: string, pathname: string): ApiMethodVerdict {
  const route = matchApiRoute(pathname);
  if (!route) return ROUTED_METHODS.includes(method) ? { kind: "next" } : { kind: "refuse", status: 404, error: UNKNOWN_ADDRESS };
  const allowed = allowedMethods(route.methods);
  const allow = allowed.join(", ");
  if (method === "OPTIONS") return { kind: "options", allow };
  if (!allowed.includes(method)) return { kind: "refuse", status: 405, error: `Method not allowed; this resource supports ${allow}`, allow };
  return { kind: "next" };
}

/**
 * Next copies the query into a plain object before a route reads it, so a
 * parameter named __proto__ never arrives and cannot be refused there. No
 * route defines one: it is an unknown parameter, refused here (400).
 */
export function prototypeParameter(target: string): string | null {
  const q = target.indexOf("?");
  if (q === -1) return null;
  for (const key of new URLSearchParams(target.slice(q + 1)).keys()) if (key === "__proto__") return `Invalid query: unknown parameter "${key}"`;
  return null;
}
