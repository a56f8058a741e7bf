import { beforeAll, describe, expect, test } from "vitest";
import { distroListResponseSchema, distroResponseSchema, errorSchema } from "@/lib/validations/api";
import { shippedCatalog } from "@/tests/support/shipped-catalog";
import { useRouteDatabase } from "@/tests/support/route-db";
import { routeContext, routeRequest } from "@/tests/support/route-request";
import { TEST_PROVIDERS } from "@/tests/support/test-db";
import type * as DistroListRoute from "@/app/api/v1/distros/route";
import type * as DistroRoute from "@/app/api/v1/distros/[slug]/route";
import { contracted } from "@/tests/support/contract";

const CATALOG_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
const { distros } = shippedCatalog();
const [first, second] = distros;

describe.each(TEST_PROVIDERS)("the distro API on %s", (provider) => {
  const database = useRouteDatabase(provider);
  let list: typeof DistroListRoute;
  let detail: typeof DistroRoute;
  beforeAll(async () => {
    list = contracted(await import("@/app/api/v1/distros/route"), "/api/v1/distros");
    detail = contracted(await import("@/app/api/v1/distros/[slug]/route"), "/api/v1/distros/{slug}");
  });

  const getList = (query = "") => list.GET(routeRequest(`/api/v1/distros${query}`));
  const getDistro = (slug: string, headers?: HeadersInit) => detail.GET(routeRequest(`/api/v1/distros/${slug}`, { headers }), routeContext({ slug }));

  test("GET /api/v1/distros lists every catalog distro in the documented shape, from the loaded catalog version", async () => {
    const res = await getList();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("cache-control")).toBe(CATALOG_CACHE);
    const body = distroListResponseSchema.parse(await res.json());
    expect(body.catalogVersion.hash).toBe(database().catalogHash);
    expect(body.distros.map((d) => d.slug)).toEqual(distros.map((d) => d.slug));
  });

  test("each filter, and filters together, answer exactly the catalog's distros that match", async () => {
    const vendor = first!.vendor;
    const cases: [string, (d: (typeof distros)[number]) => boolean][] = [
      ["?kind=container-host", (d) => d.kind === "container-host"],
      ["?status=preview", (d) => d.status === "preview"],
      ["?featured=true", (d) => d.featured === true],
      ["?featured=false", (d) => d.featured !== true],
      [`?vendor=${encodeURIComponent(vendor.toUpperCase())}`, (d) => d.vendor === vendor],
      ["?kind=container-host&featured=true", (d) => d.kind === "container-host" && d.featured === true],
      ["?vendor=nobody-ships-this", () => false],
    ];
    for (const [query, matches] of cases) {
      const res = await getList(query);
      expect(res.status, query).toBe(200);
      const slugs = distroListResponseSchema.parse(await res.json()).distros.map((d) => d.slug);
      expect(slugs, query).toEqual(distros.filter(matches).map((d) => d.slug));
    }
  });

  test("an unknown, repeated or invalid parameter is a 400 naming it, never cached", async () => {
    const cases: [string, string][] = [
      ["?colour=red", 'Invalid query: unknown parameter "colour"'],
      ["?kind=container-host&colour=red&size=2", 'Invalid query: unknown parameters "colour", "size"'],
      ["?status=ga&status=preview", 'Invalid query: parameter "status" is given more than once'],
      ["?kind=desktop", "Invalid query: kind: "],
      ["?featured=yes", "Invalid query: featured: "],
      ["?vendor=", "Invalid query: vendor: "],
    ];
    for (const [query, message] of cases) {
      const res = await getList(query);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("etag"), query).toBeNull();
      expect(errorSchema.parse(await res.json()).error, query).toContain(message);
    }
  });

  test("GET /api/v1/distros/{slug} answers the full record of that distro", async () => {
    const res = await getDistro(first!.slug);
    expect(res.status).toBe(200);
    const { distro, catalogVersion } = distroResponseSchema.parse(await res.json());
    expect(catalogVersion.hash).toBe(database().catalogHash);
    expect(distro).toMatchObject({ slug: first!.slug, name: first!.name, vendor: first!.vendor, kind: first!.kind });
    expect(distro.attributes.length).toBeGreaterThan(0);
    expect(distro.releases.length).toBe(first!.releases.length);
  });

  test("an unknown slug is a 404 naming it, a malformed one a 400, and a query parameter a 400", async () => {
    const missing = await getDistro("windows-server");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'No distro "windows-server" in the catalog; GET /api/v1/distros lists them' });
    const malformed = await getDistro("Not_A_Slug");
    expect(malformed.status).toBe(400);
    expect(errorSchema.parse(await malformed.json()).error).toMatch(/^Invalid slug/);
    const slug = first!.slug;
    const query = await detail.GET(routeRequest(`/api/v1/distros/${slug}?full=1`), routeContext({ slug }));
    expect(query.status).toBe(400);
    expect(errorSchema.parse(await query.json()).error).toBe('Invalid query: unknown parameter "full"');
  });

  test("a client holding the current ETag gets 304 with no body; an older ETag gets the full answer again", async () => {
    const slug = first!.slug;
    const answer = await getDistro(slug);
    const etag = answer.headers.get("etag");
    expect(etag).toMatch(new RegExp(`^"${database().catalogHash}-[0-9a-f]+"$`));
    const body = await answer.text();

    const again = await getDistro(slug, { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe(CATALOG_CACHE);
    expect(await again.text()).toBe("");

    const weak = await getDistro(slug, { "If-None-Match": `"0000-older", W/${etag}` });
    expect(weak.status).toBe(304);

    const stale = await getDistro(slug, { "If-None-Match": '"0000-older"' });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(body);

    const other = await getDistro(second!.slug, { "If-None-Match": etag! });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
  });
});
