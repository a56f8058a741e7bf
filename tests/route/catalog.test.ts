import ICAL from "ical.js";
import { beforeAll, describe, expect, test } from "vitest";
import { attributeListResponseSchema, errorSchema, kubernetesResponseSchema, sourceListResponseSchema } from "@/lib/validations/api";
import { shippedCatalog } from "@/tests/support/shipped-catalog";
import { useRouteDatabase } from "@/tests/support/route-db";
import { routeRequest } from "@/tests/support/route-request";
import { TEST_PROVIDERS } from "@/tests/support/test-db";
import type * as AttributesRoute from "@/app/api/v1/attributes/route";
import type * as SourcesRoute from "@/app/api/v1/sources/route";
import type * as KubernetesRoute from "@/app/api/v1/kubernetes/route";
import type * as CalendarRoute from "@/app/api/v1/calendar.ics/route";
import { contracted } from "@/tests/support/contract";

const catalog = shippedCatalog();
// Distros with at least one published end date, so the calendar has events for each.
const dated = catalog.distros.filter((d) => d.releases.some((r) => r.standard?.end || r.maintenance?.end || r.extended?.end));

describe.each(TEST_PROVIDERS)("the catalog lists and the lifecycle calendar on %s", (provider) => {
  const database = useRouteDatabase(provider);
  let attributes: typeof AttributesRoute;
  let sources: typeof SourcesRoute;
  let kubernetes: typeof KubernetesRoute;
  let calendar: typeof CalendarRoute;
  beforeAll(async () => {
    attributes = contracted(await import("@/app/api/v1/attributes/route"), "/api/v1/attributes");
    sources = contracted(await import("@/app/api/v1/sources/route"), "/api/v1/sources");
    kubernetes = contracted(await import("@/app/api/v1/kubernetes/route"), "/api/v1/kubernetes");
    calendar = contracted(await import("@/app/api/v1/calendar.ics/route"), "/api/v1/calendar.ics");
  });

  test("attributes, sources and managed Kubernetes answer the whole catalog in shape, each with its ETag, and take no parameters", async () => {
    const attrs = await attributes.GET(routeRequest("/api/v1/attributes"));
    expect(attrs.status).toBe(200);
    const attrBody = attributeListResponseSchema.parse(await attrs.json());
    expect(attrBody.attributes.map((a) => a.key)).toEqual(catalog.attributes.map((a) => a.key));

    const srcs = await sources.GET(routeRequest("/api/v1/sources"));
    expect(srcs.status).toBe(200);
    const srcBody = sourceListResponseSchema.parse(await srcs.json());
    expect(srcBody.sources.map((s) => s.id).sort()).toEqual(catalog.sources.map((s) => s.id).sort());
    expect(srcBody.sources.every((s) => s.citations.length > 0)).toBe(true);

    const k8s = await kubernetes.GET(routeRequest("/api/v1/kubernetes"));
    expect(k8s.status).toBe(200);
    const k8sBody = kubernetesResponseSchema.parse(await k8s.json());
    expect(k8sBody.services.length).toBe(catalog.kubernetes.services.length);

    const etags = [attrs, srcs, k8s].map((r) => r.headers.get("etag"));
    for (const etag of etags) expect(etag).toMatch(new RegExp(`^"${database().catalogHash}-[0-9a-f]+"$`));
    expect(new Set(etags).size).toBe(3);
    for (const body of [attrBody, srcBody, k8sBody]) expect(body.catalogVersion.hash).toBe(database().catalogHash);

    for (const [route, call] of [
      ["/api/v1/attributes", attributes.GET],
      ["/api/v1/sources", sources.GET],
      ["/api/v1/kubernetes", kubernetes.GET],
    ] as const) {
      const res = await call(routeRequest(`${route}?limit=10`));
      expect(res.status, route).toBe(400);
      expect(await res.json(), route).toEqual({ error: 'Invalid query: unknown parameter "limit"' });
    }
  });

  test("GET /api/v1/calendar.ics is an iCalendar download with the end dates of the chosen distros only", async () => {
    const chosen = dated.slice(0, 2);
    expect(chosen).toHaveLength(2);
    const res = await calendar.GET(routeRequest(`/api/v1/calendar.ics?distros=${chosen.map((d) => d.slug).join(",")}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="distro-atlas-lifecycle-\d{4}-\d{2}-\d{2}\.ics"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    // Each event's UID starts with its distro's slug: "<slug>/<release>/<tier>-end@distro-atlas".
    const uids = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents("vevent").map((e) => String(e.getFirstPropertyValue("uid")));
    for (const d of chosen)
      expect(
        uids.some((u) => u.startsWith(`${d.slug}/`) && u.endsWith("-end@distro-atlas")),
        d.slug,
      ).toBe(true);
    expect(uids.every((u) => chosen.some((d) => u.startsWith(`${d.slug}/`)))).toBe(true);
  });

  test("a calendar query without distros, with an unknown one or with another parameter is a 400 naming the problem", async () => {
    const known = dated[0]!.slug;
    const cases: [string, string][] = [
      ["", "Invalid query: distros: is required: a comma-separated list of distro slugs"],
      ["?distros=", "Invalid query: distros: is empty: name at least one distro slug"],
      [`?distros=${known},nope,gone`, 'Invalid query: unknown distro "nope", "gone"'],
      [`?distros=${known},${known}`, "Invalid query: distros: a distro is listed twice"],
      [`?distros=${known}&format=json`, 'Invalid query: unknown parameter "format"'],
    ];
    for (const [query, message] of cases) {
      const res = await calendar.GET(routeRequest(`/api/v1/calendar.ics${query}`));
      expect(res.status, query).toBe(400);
      expect(errorSchema.parse(await res.json()).error, query).toBe(message);
    }
  });
});
