// Every address the API answers and the methods it implements there. The
// server answers OPTIONS and refuses other methods from this table, and the
// routes' own 405s give the same Allow header, so the two never disagree.

export type ApiMethod = "GET" | "POST" | "DELETE";

export const API_ROUTES: readonly { path: string; methods: readonly ApiMethod[] }[] = [
  { path: "/api/health", methods: ["GET"] },
  { path: "/api/v1/openapi.json", methods: ["GET"] },
  { path: "/api/v1/distros", methods: ["GET"] },
  { path: "/api/v1/distros/{slug}", methods: ["GET"] },
  { path: "/api/v1/attributes", methods: ["GET"] },
  { path: "/api/v1/sources", methods: ["GET"] },
  { path: "/api/v1/kubernetes", methods: ["GET"] },
  { path: "/api/v1/changes", methods: ["GET"] },
  { path: "/api/v1/calendar.ics", methods: ["GET"] },
  { path: "/api/v1/reports", methods: ["GET", "POST"] },
  { path: "/api/v1/reports/{id}", methods: ["DELETE"] },
  { path: "/api/v1/reports/{id}/export", methods: ["GET"] },
];

/** Every method that does not answer 405: the route's own, HEAD wherever GET is, and OPTIONS. */
export function allowedMethods(methods: readonly ApiMethod[]): string[] {
  return [...methods.flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m])), "OPTIONS"];
}

/** The Allow header for a route implementing `methods`. */
export function allowHeader(methods: readonly ApiMethod[]): string {
  return allowedMethods(methods).join(", ");
}

/** A documented path template (e.g. /api/v1/distros/{slug}) as a pattern for request paths: one segment per parameter, a trailing slash allowed. */
export function pathTemplatePattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}/?$`);
}

const compiled = API_ROUTES.map((route) => ({ route, pattern: pathTemplatePattern(route.path) }));

/** The route a request path (without its query) addresses, or null for an address the API does not have. */
export function matchApiRoute(pathname: string): (typeof API_ROUTES)[number] | null {
  return compiled.find((c) => c.pattern.test(pathname))?.route ?? null;
}
