import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { CATALOG_DIR, readCatalog } from "@/lib/catalog/read";
import { changeListResponseSchema } from "@/lib/validations/changes";
import { copyCatalog } from "@/tests/support/catalog-dir";
import { shippedCatalog } from "@/tests/support/shipped-catalog";
import { useRouteDatabase } from "@/tests/support/route-db";
import { routeContext, routeRequest } from "@/tests/support/route-request";
import { TEST_PROVIDERS } from "@/tests/support/test-db";
import type * as ChangesRoute from "@/app/api/v1/changes/route";
import type * as ChangesFeedRoute from "@/app/changes.atom/route";
import type * as DistroChangesFeedRoute from "@/app/distros/[slug]/changes.atom/route";
import { contracted } from "@/tests/support/contract";

// The database keeps an earlier catalog version in which one release's standard support ended a year sooner.
const EARLIER_LOADED_AT = "2026-01-05T09:00:00.000Z";
const shipped = shippedCatalog();
const distroIndex = shipped.distros.findIndex((d) => d.releases.some((r) => r.standard?.end));
const moved = shipped.distros[distroIndex]!;
const releaseIndex = moved.releases.findIndex((r) => r.standard?.end);

function earlierCatalog() {
  const copy = copyCatalog(CATALOG_DIR);
  copy.edit(`distros/${moved.slug}.json`, (j) => {
    const end: string = j.releases[releaseIndex].standard.end;
    j.releases[releaseIndex].standard.end = `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`;
  });
  const read = readCatalog(copy.dir);
  if (!read.ok) throw new Error(`the earlier catalog is invalid: ${JSON.stringify(read.errors.slice(0, 3))}`);
  return read.catalog;
}

describe.each(TEST_PROVIDERS)("the change log API and feeds on %s", (provider) => {
  const database = useRouteDatabase(provider, { earlier: { catalog: earlierCatalog, loadedAt: new Date(EARLIER_LOADED_AT) } });
  let changes: typeof ChangesRoute;
  let siteFeed: typeof ChangesFeedRoute;
  let distroFeed: typeof DistroChangesFeedRoute;
  beforeAll(async () => {
    changes = contracted(await import("@/app/api/v1/changes/route"), "/api/v1/changes");
    siteFeed = contracted(await import("@/app/changes.atom/route"), "/changes.atom");
    distroFeed = contracted(await import("@/app/distros/[slug]/changes.atom/route"), "/distros/{slug}/changes.atom");
  });

  const getChanges = async (query = "") => changes.GET(routeRequest(`/api/v1/changes${query}`));
  const getDistroFeed = (slug: string, headers?: HeadersInit) =>
    distroFeed.GET(routeRequest(`/distros/${slug}/changes.atom`, { headers }), routeContext({ slug }));

  test("GET /api/v1/changes lists both kept versions, oldest first, and the moved end with both dates", async () => {
    const res = await getChanges();
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toMatch(new RegExp(`^"${database().catalogHash}-`));
    const body = changeListResponseSchema.parse(await res.json());
    expect(body.catalogVersion.hash).toBe(database().catalogHash);
    expect(body.versions.map((v) => v.loadedAt)).toEqual([EARLIER_LOADED_AT, body.catalogVersion.loadedAt]);
    expect(body.versions[0]?.hash).not.toBe(database().catalogHash);
    expect(body.versions[1]?.hash).toBe(database().catalogHash);
    const endMoved = body.changes.filter((c) => c.kind === "end-moved");
    expect(endMoved).toHaveLength(1);
    expect(endMoved[0]).toMatchObject({
      distro: moved.slug,
      distroName: moved.name,
      before: { since: EARLIER_LOADED_AT },
      after: { since: body.catalogVersion.loadedAt },
      version: { hash: database().catalogHash },
    });
    expect(endMoved[0]?.summary).toMatch(/ moved from .+ to .+/);
    const dates = body.changes.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("?distro= keeps that distro's changes only; an unknown distro is a 404 and an unknown parameter a 400", async () => {
    const one = changeListResponseSchema.parse(await (await getChanges(`?distro=${moved.slug}`)).json());
    expect(one.changes.length).toBeGreaterThan(0);
    expect(one.changes.every((c) => c.distro === moved.slug)).toBe(true);
    expect(one.changes.some((c) => c.kind === "end-moved")).toBe(true);

    const unknown = await getChanges("?distro=nope");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'No distro "nope" in the catalog' });
    const param = await getChanges("?since=2026");
    expect(param.status).toBe(400);
    expect(await param.json()).toEqual({ error: 'Invalid query: unknown parameter "since"' });
  });

  test("/changes.atom is an Atom feed of every change, linking to the host the reader used", async () => {
    const res = await siteFeed.GET(routeRequest("/changes.atom", { headers: { Host: "atlas.example", "X-Forwarded-Proto": "https" } }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(res.headers.get("vary")).toContain("Host");
    const feed = parseFeed(await res.text()).toJSON();
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Distro Atlas: catalog changes");
    expect(feed.self).toBe("https://atlas.example/changes.atom");
    const { changes: all } = changeListResponseSchema.parse(await (await getChanges()).json());
    expect(feed.items.length).toBe(all.length);
    const endMoved = all.find((c) => c.kind === "end-moved")!;
    expect(feed.items.find((i) => i.title === endMoved.summary)?.url).toBe(`https://atlas.example/distros/${moved.slug}#changes`);

    const query = await siteFeed.GET(routeRequest("/changes.atom?x=1"));
    expect(query.status).toBe(400);
  });

  test("/distros/{slug}/changes.atom has that distro's changes, 304 for a reader that has them, and 404 for an unknown distro", async () => {
    const res = await getDistroFeed(moved.slug);
    expect(res.status).toBe(200);
    const feed = parseFeed(await res.text()).toJSON();
    expect(feed.title).toBe(`Distro Atlas: ${moved.name} changes`);
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((i) => i.url === `http://atlas.test/distros/${moved.slug}#changes`)).toBe(true);

    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await getDistroFeed(moved.slug, { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // The links name the host, so another host's reader gets another feed.
    expect((await getDistroFeed(moved.slug, { "If-None-Match": etag!, Host: "atlas.example" })).status).toBe(200);

    const missing = await getDistroFeed("nope");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'No distro "nope" in the catalog' });
  });
});
