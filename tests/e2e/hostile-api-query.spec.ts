import { expect, test } from "./fixtures";
import { decoded, expectApiAnswer } from "../support/hostile-expect";
import { HOSTILE_VALUES } from "../support/hostile-values";

// Hostile values in every query and path parameter of the read API. Each value is one case.
const REPORT_ID = "00000000-0000-4000-8000-000000000000";

test("GET /api/v1/distros?vendor=: free text, 200 with no match when 1–80 characters, else 400", async ({ request }) => {
  for (const v of HOSTILE_VALUES) {
    const res = await request.get(`/api/v1/distros?vendor=${v.raw}`);
    const len = decoded(v.raw).trim().length;
    await expectApiAnswer(res, len >= 1 && len <= 80 ? [200] : [400], `vendor ${v.name}`);
    if (res.status() === 200) expect(((await res.json()) as { distros: unknown[] }).distros, v.name).toEqual([]);
  }
});

for (const param of ["kind", "status", "featured"]) {
  test(`GET /api/v1/distros?${param}=: anything outside the enum is 400`, async ({ request }) => {
    for (const v of HOSTILE_VALUES) await expectApiAnswer(await request.get(`/api/v1/distros?${param}=${v.raw}`), [400], `${param} ${v.name}`);
  });
}

// Next rebuilds the query from a plain object before a route sees it, so a parameter
// named __proto__ would never arrive; the server refuses it before Next. Every hostile name is an unknown parameter.
test("hostile parameter names are unknown parameters: 400, __proto__ included", async ({ request }) => {
  for (const route of [
    "/api/v1/distros",
    "/api/v1/attributes",
    "/api/v1/sources",
    "/api/v1/distros/bottlerocket",
    "/api/v1/calendar.ics?distros=rhel&",
    "/api/v1/reports",
  ]) {
    const sep = route.includes("?") ? "" : "?";
    for (const v of HOSTILE_VALUES.filter((x) => x.name !== "empty")) {
      await expectApiAnswer(await request.get(`${route}${sep}${v.raw}=1`), [400], `${route} name ${v.name}`);
    }
    await expectApiAnswer(await request.get(`${route}${sep}__proto__=a&__proto__=b`), [400], `${route} repeated __proto__`);
    await expectApiAnswer(await request.get(`${route}${sep}__proto__[x]=1&constructor[prototype]=1`), [400], `${route} bracketed names`);
  }
});

test("GET /api/v1/attributes and /sources take no parameters: any value is 400", async ({ request }) => {
  for (const route of ["/api/v1/attributes", "/api/v1/sources"]) {
    for (const v of HOSTILE_VALUES) await expectApiAnswer(await request.get(`${route}?q=${v.raw}`), [400], `${route} ${v.name}`);
  }
});

test("GET /api/v1/reports?page=&limit=: only a whole number from 1 (limit at most 100), so every hostile value is 400", async ({ request }) => {
  for (const v of HOSTILE_VALUES) {
    await expectApiAnswer(await request.get(`/api/v1/reports?page=${v.raw}`), [400], `page ${v.name}`);
    await expectApiAnswer(await request.get(`/api/v1/reports?limit=${v.raw}`), [400], `limit ${v.name}`);
  }
});

test("GET /api/v1/calendar.ics?distros=: never a known list, so 400", async ({ request }) => {
  for (const v of HOSTILE_VALUES) await expectApiAnswer(await request.get(`/api/v1/calendar.ics?distros=${v.raw}`), [400], `calendar ${v.name}`);
});

test("GET /api/v1/distros/{slug}: malformed slugs 400, unknown ones 404", async ({ request }) => {
  for (const v of HOSTILE_VALUES.filter((x) => x.name !== "empty")) {
    await expectApiAnswer(await request.get(`/api/v1/distros/${v.raw}`), [400, 404], `slug ${v.name}`);
  }
});

test("GET /api/v1/reports/{id}/export: unknown or malformed ids 404, hostile formats 400", async ({ request }) => {
  for (const v of HOSTILE_VALUES.filter((x) => x.name !== "empty")) {
    await expectApiAnswer(await request.get(`/api/v1/reports/${v.raw}/export?format=markdown`), [404], `report id ${v.name}`);
    await expectApiAnswer(await request.get(`/api/v1/reports/${REPORT_ID}/export?format=${v.raw}`), [400], `format ${v.name}`);
    await expectApiAnswer(await request.get(`/api/v1/reports/${REPORT_ID}/export?format=pdf&paper=${v.raw}`), [400], `paper ${v.name}`);
  }
});

test("GET /api/health takes no query, so any parameter is 400, and unknown /api paths are JSON 404s", async ({ request }) => {
  for (const v of HOSTILE_VALUES) {
    await expectApiAnswer(await request.get(`/api/health?check=${v.raw}`), [400], `health ${v.name}`);
    await expectApiAnswer(await request.get(`/api/v1/${v.raw || "x"}/x`), [404], `unknown path ${v.name}`);
  }
});

test("other methods on every route are 405; a URL over the header limit is 431 JSON", async ({ request }) => {
  const routes = [
    "/api/v1/distros",
    "/api/v1/distros/bottlerocket",
    "/api/v1/attributes",
    "/api/v1/sources",
    "/api/v1/openapi.json",
    "/api/v1/calendar.ics",
    `/api/v1/reports/${REPORT_ID}/export`,
    "/api/health",
  ];
  for (const route of routes) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      await expectApiAnswer(await request.fetch(route, { method, data: "x" }), [405], `${method} ${route}`);
  }
  for (const method of ["PUT", "PATCH", "DELETE"])
    await expectApiAnswer(await request.fetch("/api/v1/reports", { method }), [405], `${method} /api/v1/reports`);
  await expectApiAnswer(await request.get(`/api/v1/distros?vendor=${"a".repeat(20_000)}`), [431], "20 KB URL");
  await expectApiAnswer(await request.get("/api/v1/attributes", { headers: { "X-Big": "b".repeat(20_000) } }), [431], "20 KB header");
});
