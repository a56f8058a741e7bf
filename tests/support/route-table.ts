// Every App Router route handler, with the address it serves and the methods it answers.
import type { ApiMethod } from "@/lib/api/routes";

/** The methods the route files export handlers for. */
export const HANDLER_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HandlerMethod = (typeof HANDLER_METHODS)[number];

export type RouteEntry = {
  /** The address as the OpenAPI document writes it. */
  path: string;
  file: string;
  allowed: readonly ApiMethod[];
  /** Values for the path's {parameters}. */
  params: Record<string, string>;
  /** Imported only when called, so the module sees the test's database. */
  load: () => Promise<object>;
};

const ANY_SLUG = { slug: "bottlerocket" };
const ANY_REPORT = { id: "00000000-0000-4000-8000-000000000000" };

export const ROUTES: RouteEntry[] = [
  { path: "/api/v1/distros", file: "app/api/v1/distros/route.ts", allowed: ["GET"], params: {}, load: () => import("@/app/api/v1/distros/route") },
  {
    path: "/api/v1/distros/{slug}",
    file: "app/api/v1/distros/[slug]/route.ts",
    allowed: ["GET"],
    params: ANY_SLUG,
    load: () => import("@/app/api/v1/distros/[slug]/route"),
  },
  { path: "/api/v1/attributes", file: "app/api/v1/attributes/route.ts", allowed: ["GET"], params: {}, load: () => import("@/app/api/v1/attributes/route") },
  { path: "/api/v1/sources", file: "app/api/v1/sources/route.ts", allowed: ["GET"], params: {}, load: () => import("@/app/api/v1/sources/route") },
  { path: "/api/v1/kubernetes", file: "app/api/v1/kubernetes/route.ts", allowed: ["GET"], params: {}, load: () => import("@/app/api/v1/kubernetes/route") },
  { path: "/api/v1/changes", file: "app/api/v1/changes/route.ts", allowed: ["GET"], params: {}, load: () => import("@/app/api/v1/changes/route") },
  { path: "/changes.atom", file: "app/changes.atom/route.ts", allowed: ["GET"], params: {}, load: () => import("@/app/changes.atom/route") },
  {
    path: "/distros/{slug}/changes.atom",
    file: "app/distros/[slug]/changes.atom/route.ts",
    allowed: ["GET"],
    params: ANY_SLUG,
    load: () => import("@/app/distros/[slug]/changes.atom/route"),
  },
  {
    path: "/api/v1/calendar.ics",
    file: "app/api/v1/calendar.ics/route.ts",
    allowed: ["GET"],
    params: {},
    load: () => import("@/app/api/v1/calendar.ics/route"),
  },
  { path: "/api/v1/reports", file: "app/api/v1/reports/route.ts", allowed: ["GET", "POST"], params: {}, load: () => import("@/app/api/v1/reports/route") },
  {
    path: "/api/v1/reports/{id}",
    file: "app/api/v1/reports/[id]/route.ts",
    allowed: ["DELETE"],
    params: ANY_REPORT,
    load: () => import("@/app/api/v1/reports/[id]/route"),
  },
  {
    path: "/api/v1/reports/{id}/export",
    file: "app/api/v1/reports/[id]/export/route.ts",
    allowed: ["GET"],
    params: ANY_REPORT,
    load: () => import("@/app/api/v1/reports/[id]/export/route"),
  },
  { path: "/api/health", file: "app/api/health/route.ts", allowed: ["GET"], params: {}, load: () => import("@/app/api/health/route") },
  {
    path: "/api/v1/openapi.json",
    file: "app/api/v1/openapi.json/route.ts",
    allowed: ["GET"],
    params: {},
    load: () => import("@/app/api/v1/openapi.json/route"),
  },
];

/** The catch-all that answers any /api address no route claims. */
/** The server's own revalidation hook: not part of the API, and an unknown address to anyone without its secret. */
export const INTERNAL_ROUTE_FILES = ["app/api/internal/revalidate/route.ts"];

export const UNKNOWN_API_ROUTE = { file: "app/api/[...path]/route.ts", load: () => import("@/app/api/[...path]/route") };

/** The address with its {parameters} filled in. */
export function routeUrl(route: RouteEntry): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(route.params[name] ?? name));
}
