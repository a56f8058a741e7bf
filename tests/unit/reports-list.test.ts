import { afterEach, describe, expect, test, vi } from "vitest";
import { NextRequest } from "next/server";
import { loadCatalog } from "@/lib/catalog/load";
import { readCatalog } from "@/lib/catalog/read";
import { readSnapshot } from "@/lib/catalog/snapshot";
import { createReport } from "@/lib/data/reports";
import { toScoringCatalog } from "@/lib/decide/types";
import { reportListSchema, type ReportList } from "@/lib/validations/report-list";
import { FIXTURE_CATALOG } from "@/tests/support/catalog-dir";
import { createTestDb, TEST_PROVIDERS } from "@/tests/support/test-db";

let cleanups: (() => Promise<void>)[] = [];
const originalUrl = process.env.DATABASE_URL;
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
  process.env.DATABASE_URL = originalUrl;
});

/** The real route handler, its database client opened on `url` as the server opens it from DATABASE_URL. */
async function routeOn(url: string) {
  vi.resetModules();
  delete (globalThis as { atlasDb?: unknown }).atlasDb;
  process.env.DATABASE_URL = url;
  const route = await import("@/app/api/v1/reports/route");
  const { db } = await import("@/lib/db/client");
  cleanups.unshift(async () => {
    await db.$disconnect();
    delete (globalThis as { atlasDb?: unknown }).atlasDb;
  });
  return route;
}

type Route = Awaited<ReturnType<typeof routeOn>>;
const get = (route: Route, query = "") => route.GET(new NextRequest(`http://atlas.test/api/v1/reports${query}`));

describe.each(TEST_PROVIDERS)("GET /api/v1/reports on %s", (provider) => {
  test("lists saved reports newest first, a page at a time, each with its outcome and options", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    const read = readCatalog(FIXTURE_CATALOG);
    if (!read.ok) throw new Error("fixture catalog invalid");
    await loadCatalog(t.db, read.catalog);
    const snap = await readSnapshot(t.db);
    if (!snap) throw new Error("catalog expected");
    const catalog = { ...toScoringCatalog(snap.distros, snap.attributes), version: snap.version };

    // 25 reports saved a minute apart; in the 3rd, strict, no candidate is shown to meet every requirement, so it reaches no decision.
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const input =
        i === 2
          ? {
              candidates: ["alpha-linux", "beta-host"],
              title: `fleet ${i}`,
              requirements: { ga: true, packageManager: true, imageRollback: true, fips: true, arm64: true },
              strict: true,
            }
          : { candidates: ["alpha-linux", "beta-host"], title: `fleet ${i}` };
      const created = await createReport(input, { today: "2026-11-25", database: t.db, catalog, now: new Date(Date.UTC(2026, 10, 25, 12, i)) });
      if (!created.ok) throw new Error(created.error);
      if (i === 2) expect(created.snapshot.result.winner).toBeNull();
      ids.push(created.snapshot.id);
    }
    const newestFirst = [...ids].reverse();
    const route = await routeOn(t.url);

    const first = await get(route);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    const one = reportListSchema.parse(await first.json());
    expect(one).toMatchObject({ page: 1, limit: 20, total: 25, pages: 2, next: "/api/v1/reports?page=2", previous: null });
    expect(one.reports.map((r) => r.id)).toEqual(newestFirst.slice(0, 20));
    const newest = one.reports[0];
    expect(newest).toEqual({
      id: ids[24],
      url: `/reports/${ids[24]}`,
      title: "Use Alpha Linux for fleet 24",
      subject: "fleet 24",
      chosen: { slug: "alpha-linux", name: "Alpha Linux" },
      tiedForFirst: [],
      candidates: [
        { slug: "alpha-linux", name: "Alpha Linux" },
        { slug: "beta-host", name: expect.any(String) },
      ],
      createdAt: "2026-11-25T12:24:00.000Z",
    });

    const two = reportListSchema.parse(await (await get(route, "?page=2")).json());
    expect(two).toMatchObject({ page: 2, total: 25, next: null, previous: "/api/v1/reports?page=1" });
    expect(two.reports.map((r) => r.id)).toEqual(newestFirst.slice(20));
    const undecided = two.reports.find((r) => r.id === ids[2]);
    expect(undecided).toMatchObject({ chosen: null, subject: "fleet 2", tiedForFirst: [] });
    expect(undecided?.title).toMatch(/^No candidate meets the requirements for fleet 2$/);

    const small = reportListSchema.parse(await (await get(route, "?page=3&limit=5")).json());
    expect(small.reports.map((r) => r.id)).toEqual(newestFirst.slice(10, 15));
    expect(small).toMatchObject({ pages: 5, next: "/api/v1/reports?page=4&limit=5", previous: "/api/v1/reports?page=2&limit=5" });

    const past = (await (await get(route, "?page=9")).json()) as ReportList;
    expect(past).toMatchObject({ reports: [], page: 9, total: 25, next: null, previous: "/api/v1/reports?page=2" });
  });

  test("unknown or malformed parameters are a 400 saying what is wrong", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    const route = await routeOn(t.url);
    const empty = await get(route);
    expect(await empty.json()).toEqual({ reports: [], page: 1, limit: 20, total: 0, pages: 0, next: null, previous: null });
    const cases: [string, RegExp][] = [
      ["?sort=newest", /unknown parameter "sort"/],
      ["?page=0", /page must be a whole number from 1/],
      ["?page=-1", /page must be a whole number from 1/],
      ["?page=1.5", /page must be a whole number from 1/],
      ["?page=abc", /page must be a whole number from 1/],
      ["?limit=101", /limit must be at most 100/],
      ["?page=1&page=2", /"page" is given more than once/],
    ];
    for (const [query, message] of cases) {
      const res = await get(route, query);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: string }).error, query).toMatch(message);
    }
  });
});
