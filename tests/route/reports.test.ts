import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { errorSchema } from "@/lib/validations/api";
import { reportCreatedSchema } from "@/lib/validations/report";
import { reportListSchema } from "@/lib/validations/report-list";
import { shippedCatalog } from "@/tests/support/shipped-catalog";
import { useRouteDatabase } from "@/tests/support/route-db";
import { routeContext, routeRequest } from "@/tests/support/route-request";
import { TEST_PROVIDERS } from "@/tests/support/test-db";
import type * as ReportsRoute from "@/app/api/v1/reports/route";
import type * as ReportRoute from "@/app/api/v1/reports/[id]/route";
import type * as ReportExportRoute from "@/app/api/v1/reports/[id]/export/route";
import { contracted } from "@/tests/support/contract";

// The server sets this header to the client's address; each test saves as its own client so the limit never spills over.
const CLIENT_HEADER = "x-atlas-client";
const RATE_LIMIT = 5;
const newClient = () => `route-test-${crypto.randomUUID()}`;

describe.each(TEST_PROVIDERS)("the reports API on %s", (provider) => {
  const database = useRouteDatabase(provider);
  const savedLimit = process.env.ATLAS_REPORT_RATE_LIMIT;
  let collection: typeof ReportsRoute;
  let item: typeof ReportRoute;
  let exporter: typeof ReportExportRoute;
  beforeAll(async () => {
    // Read when the first save is counted; a small limit keeps the 429 test short.
    process.env.ATLAS_REPORT_RATE_LIMIT = String(RATE_LIMIT);
    collection = contracted(await import("@/app/api/v1/reports/route"), "/api/v1/reports");
    item = contracted(await import("@/app/api/v1/reports/[id]/route"), "/api/v1/reports/{id}");
    exporter = contracted(await import("@/app/api/v1/reports/[id]/export/route"), "/api/v1/reports/{id}/export");
  });
  afterAll(() => {
    if (savedLimit === undefined) delete process.env.ATLAS_REPORT_RATE_LIMIT;
    else process.env.ATLAS_REPORT_RATE_LIMIT = savedLimit;
  });

  const [first, second] = shippedCatalog().distros;
  const validReport = (title = "the route test fleet") => JSON.stringify({ candidates: [first!.slug, second!.slug], weights: { portability: 5 }, title });

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    collection.POST(
      routeRequest("/api/v1/reports", { method: "POST", body, headers: { "Content-Type": "application/json", [CLIENT_HEADER]: newClient(), ...headers } }),
    );
  const save = async (title?: string) => {
    const res = await post(validReport(title));
    expect(res.status).toBe(201);
    return reportCreatedSchema.parse(await res.json());
  };
  const exportOf = (id: string, query = "format=json") => exporter.GET(routeRequest(`/api/v1/reports/${id}/export?${query}`), routeContext({ id }));
  const remove = (id: string, authorization?: string) =>
    item.DELETE(
      routeRequest(`/api/v1/reports/${id}`, { method: "DELETE", headers: authorization ? { Authorization: authorization } : {} }),
      routeContext({ id }),
    );
  const total = async () => reportListSchema.parse(await (await collection.GET(routeRequest("/api/v1/reports"))).json()).total;

  test("POST stores a report: 201 with its id, its page as Location, and a delete token the exports never show", async () => {
    const res = await post(validReport());
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const created = reportCreatedSchema.parse(await res.json());
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.url).toBe(`/reports/${created.id}`);
    expect(res.headers.get("location")).toBe(created.url);
    expect(created.deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const json = await exportOf(created.id);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.headers.get("cache-control")).toBe("private, no-store");
    expect(json.headers.get("content-disposition")).toMatch(/^attachment; filename="decision-\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.json"$/);
    const text = await json.text();
    expect(text).not.toContain(created.deleteToken);
    const snapshot = JSON.parse(text) as { id: string; candidates: string[]; weights: Record<string, number>; catalogVersion: { hash: string } };
    expect(snapshot).toMatchObject({
      id: created.id,
      candidates: [first!.slug, second!.slug],
      weights: { portability: 5 },
      catalogVersion: { hash: database().catalogHash },
    });
  });

  test("GET /api/v1/reports lists the newest save first, with its options, and refuses unknown parameters", async () => {
    const created = await save("the listed fleet");
    const res = await collection.GET(routeRequest("/api/v1/reports?limit=1"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const list = reportListSchema.parse(await res.json());
    expect(list.reports.map((r) => r.id)).toEqual([created.id]);
    expect(list.reports[0]).toMatchObject({
      url: created.url,
      subject: "the listed fleet",
      candidates: [
        { slug: first!.slug, name: first!.name },
        { slug: second!.slug, name: second!.name },
      ],
    });
    expect(list).toMatchObject({ page: 1, limit: 1, previous: null, next: "/api/v1/reports?page=2&limit=1" });
    const bad = await collection.GET(routeRequest("/api/v1/reports?order=oldest"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Invalid query: unknown parameter "order"' });
  });

  // The PDF takes seconds to render; the browser tests check it page by page.
  test("the Markdown and CSV exports answer their own file types, named for download, linking to the address asked", async () => {
    const { id } = await save("the exported fleet");
    const cases: [string, string, RegExp][] = [
      ["format=markdown", "text/markdown; charset=utf-8", /\.md"$/],
      ["format=csv", "text/csv; charset=utf-8", /\.csv"$/],
    ];
    for (const [query, type, name] of cases) {
      const res = await exportOf(id, query);
      expect(res.status, query).toBe(200);
      expect(res.headers.get("content-type"), query).toBe(type);
      expect(res.headers.get("content-disposition"), query).toMatch(name);
      expect(await res.text(), query).toContain(first!.name);
    }
    const markdown = await (
      await exporter.GET(
        routeRequest(`/api/v1/reports/${id}/export?format=markdown`, { headers: { "X-Forwarded-Host": "atlas.example", "X-Forwarded-Proto": "https" } }),
        routeContext({ id }),
      )
    ).text();
    expect(markdown).toContain("https://atlas.example/decide");
  });

  test("exports of an unknown or malformed report are 404; an unknown format or paper is a 400 naming the choices", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-report"]) {
      const res = await exportOf(id, "format=markdown");
      expect(res.status, id).toBe(404);
      expect(await res.json()).toEqual({ error: `No report "${id}"` });
    }
    const { id } = await save();
    const format = await exportOf(id, "format=docx");
    expect(format.status).toBe(400);
    expect(errorSchema.parse(await format.json()).error).toBe("Invalid query: format: format must be one of markdown, pdf, json, csv");
    const paper = await exportOf(id, "format=pdf&paper=a3");
    expect(paper.status).toBe(400);
    expect(errorSchema.parse(await paper.json()).error).toBe("Invalid query: paper: paper must be a4 or letter");
  });

  test("bad input is a 400 saying what is wrong, naming the field, and nothing is stored", async () => {
    const before = await total();
    const slug = first!.slug;
    const cases: [string, string][] = [
      [`{"candidates":["${slug}"],"context":"a\\u0000b"}`, "Invalid report: context: contains a NUL character (\\u0000)"],
      [`{"candidates":["${slug}"],"title":"refused text \\ud800"}`, "Invalid report: title: contains a lone UTF-16 surrogate (half of a character)"],
      [`{"candidates":["${slug}"],"informed":["\\udc00"]}`, "Invalid report: informed.0: contains a lone UTF-16 surrogate (half of a character)"],
      ["{ candidates: ", "Malformed JSON in the request body"],
      ["", "Malformed JSON in the request body"],
      ["{}", "Invalid report: candidates: "],
      [JSON.stringify({ candidates: [] }), "Invalid report: candidates: name at least one candidate"],
      [JSON.stringify({ candidates: [slug, "windows-95"] }), 'unknown distro "windows-95"'],
      [JSON.stringify({ candidates: [slug], weights: { maturity: 9 } }), "Invalid report: weights.maturity: must be between 0 and 5"],
      [JSON.stringify({ candidates: [slug], weights: { price: 3 } }), 'Invalid report: unknown parameter "price"'],
      [JSON.stringify({ candidates: [slug], colour: "red" }), 'Invalid report: unknown parameter "colour"'],
      [JSON.stringify({ candidates: [slug], title: "x".repeat(201) }), "Invalid report: title: "],
    ];
    for (const [body, message] of cases) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(errorSchema.parse(await res.json()).error, body).toContain(message);
    }
    expect(await total()).toBe(before);
  });

  test("a body over 64 KB is a 413, whether it says so in Content-Length or not", async () => {
    const before = await total();
    const bodies: [string, BodyInit, Record<string, string>][] = [
      ["long context", JSON.stringify({ candidates: [first!.slug], context: "x".repeat(70 * 1024) }), {}],
      ["1 MB of spaces, then a valid report", `${" ".repeat(1024 * 1024)}${validReport()}`, {}],
      ["a declared length over the limit", validReport(), { "Content-Length": String(65 * 1024) }],
    ];
    for (const [name, body, headers] of bodies) {
      const res = await post(body, headers);
      expect(res.status, name).toBe(413);
      expect(await res.json(), name).toEqual({ error: "Request body too large: the limit is 64 KB" });
    }
    expect(await total()).toBe(before);
  });

  test("anything but application/json is a 415, even a valid report; a charset parameter is fine", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json-patch+json", "text/html"]) {
      const res = await post(validReport(), { "Content-Type": type });
      expect(res.status, type).toBe(415);
      expect(await res.json()).toEqual({ error: "Unsupported Content-Type: send the report as application/json" });
    }
    const untyped = await collection.POST(
      routeRequest("/api/v1/reports", { method: "POST", body: new TextEncoder().encode(validReport()), headers: { [CLIENT_HEADER]: newClient() } }),
    );
    expect(untyped.status).toBe(415);
    expect((await post(validReport(), { "Content-Type": "Application/JSON; charset=utf-8" })).status).toBe(201);
  });

  test("DELETE needs the report's own token: none is 401, another is 403, its own 204; then the report is gone", async () => {
    const mine = await save("the fleet to delete");
    const other = await save("another fleet");

    const none = await remove(mine.id);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="reports"');
    expect(errorSchema.parse(await none.json()).error).toMatch(/^Send the report's delete token as Authorization: Bearer <token>/);
    const notBearer = await remove(mine.id, `Basic ${mine.deleteToken}`);
    expect(notBearer.status).toBe(401);
    for (const token of [other.deleteToken, "not-the-token"]) {
      const wrong = await remove(mine.id, `Bearer ${token}`);
      expect(wrong.status).toBe(403);
      expect(await wrong.json()).toEqual({ error: "This token does not delete this report" });
    }
    expect((await exportOf(mine.id)).status).toBe(200);

    const done = await remove(mine.id, `bearer ${mine.deleteToken}`);
    expect(done.status).toBe(204);
    expect(await done.text()).toBe("");
    const gone = await exportOf(mine.id);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ error: `No report "${mine.id}"` });
    expect((await remove(mine.id, `Bearer ${mine.deleteToken}`)).status).toBe(404);
    expect((await exportOf(other.id)).status).toBe(200);
  });

  test(`past ${RATE_LIMIT} saves a minute one client gets 429 with Retry-After; refused input is not counted; another client still saves`, async () => {
    const client = newClient();
    const invalid = await post(JSON.stringify({ candidates: [] }), { [CLIENT_HEADER]: client });
    expect(invalid.status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMIT; i++) statuses.push((await post(validReport(`rate ${i}`), { [CLIENT_HEADER]: client })).status);
    expect(statuses).toEqual([...Array<number>(RATE_LIMIT).fill(201), 429]);
    const refused = await post(validReport(), { [CLIENT_HEADER]: client });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(errorSchema.parse(await refused.json()).error).toMatch(/^Too many reports saved from this address: try again in \d+ s \(the limit is per 60 s\)$/);
    expect((await post(validReport(), { [CLIENT_HEADER]: newClient() })).status).toBe(201);
  });
});
