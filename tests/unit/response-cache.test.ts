import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { ResponseCache, responseCacheFromEnv, storagePolicy, type CacheOptions } from "@/server/response-cache";
import { secureResponse, type FinishedResponse } from "@/server/secure-response";

// The real secureResponse and cache in front of a stand-in for Next's handler that counts its calls,
// wired the way server/serve.ts wires them (fresh X-Request-Id, lookup, secureResponse, handler).

const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const ISR = "s-maxage=60, stale-while-revalidate=300";
const page = (version: number) =>
  `<!DOCTYPE html><html><body><h1>v${version}</h1>${"<p>filler</p>".repeat(200)}<script>self.__next_f.push([${version}])</script><script src="/_next/static/x.js"></script></body></html>`;
const rsc = (version: number) => `0:["v${version}"]\n${'1:"rsc filler"\n'.repeat(100)}`;

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function request(base: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res
        .on("data", (c: Buffer) => chunks.push(c))
        .on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject).end();
  });
}

type Harness = {
  base: string;
  cache: ResponseCache;
  calls: Map<string, number>;
  /** What the handler last saw of the request headers. */
  seen: http.IncomingHttpHeaders[];
  clock: { now: number };
  /** Per-path state the handler reads: version served, cacheability, a gate that holds the answer. */
  state: { version: number; cacheable: boolean; cacheControl: string; gate: Promise<void> | null; arrived: () => void };
  get: (path: string, headers?: Record<string, string>, method?: string) => Promise<Reply>;
  close: () => Promise<void>;
};

const open: Harness[] = [];
afterAll(async () => {
  await Promise.all(open.map((h) => h.close()));
});

async function harness(options: Partial<CacheOptions> = {}): Promise<Harness> {
  const clock = { now: 1_000_000 };
  const cache = new ResponseCache({ maxBytes: 8 * 1024 * 1024, maxEntries: 1000, maxEntryBytes: 1024 * 1024, now: () => clock.now, ...options });
  const calls = new Map<string, number>();
  const seen: http.IncomingHttpHeaders[] = [];
  const state: Harness["state"] = { version: 1, cacheable: true, cacheControl: ISR, gate: null, arrived: () => {} };

  async function handler(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://x");
    calls.set(url.pathname, (calls.get(url.pathname) ?? 0) + 1);
    seen.push({ ...req.headers });
    const html = (cacheControl: string, extra: Record<string, string> = {}) => {
      res.setHeader("Vary", NEXT_VARY);
      res.setHeader("Cache-Control", cacheControl);
      for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(page(state.version));
    };
    switch (url.pathname) {
      case "/page": {
        res.setHeader("x-nextjs-prerender", ["1", "1"]);
        const flight = req.headers.rsc === "1";
        // Like Next (stripFlightHeaders): the router headers are gone from the request once it is handled.
        for (const name of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"]) delete req.headers[name];
        if (flight) {
          res.setHeader("Vary", NEXT_VARY);
          res.setHeader("Cache-Control", ISR);
          res.setHeader("Content-Type", "text/x-component");
          res.write(rsc(state.version).slice(0, 10));
          return void res.end(rsc(state.version).slice(10));
        }
        return html(ISR, { ETag: `"page-v${state.version}"` });
      }
      case "/slow":
        state.arrived();
        if (state.gate) await state.gate;
        return html(state.cacheable ? state.cacheControl : "private, no-cache, no-store, max-age=0, must-revalidate", { ETag: `"slow-v${state.version}"` });
      case "/toggle":
        return html(state.cacheable ? ISR : "no-store");
      case "/api": {
        res.writeHead(200, {
          "Content-Type": "application/json",
          "Cache-Control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
          ETag: '"api-1"',
          Vary: "Accept-Encoding",
        });
        return void res.end(JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ i, name: `item ${i}` })) }));
      }
      case "/policy": {
        // ?cc=…&status=…&vary=…&cookie=1&nextcache=STALE: an answer with exactly those headers.
        const status = Number(url.searchParams.get("status") ?? 200);
        res.statusCode = status;
        res.setHeader("Cache-Control", url.searchParams.get("cc") ?? ISR);
        if (url.searchParams.has("vary")) res.setHeader("Vary", url.searchParams.get("vary")!);
        if (url.searchParams.has("cookie")) res.setHeader("Set-Cookie", "session=1; HttpOnly");
        if (url.searchParams.has("nextcache")) res.setHeader("x-nextjs-cache", url.searchParams.get("nextcache")!);
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        return void res.end(page(state.version));
      }
      case "/blob": {
        // An answer of ?size= bytes that is not compressed (so its stored size is predictable).
        res.setHeader("Cache-Control", ISR);
        res.setHeader("Content-Type", "application/octet-stream");
        return void res.end(Buffer.alloc(Number(url.searchParams.get("size") ?? 1000), 7));
      }
      default:
        res.writeHead(404, { "Content-Type": "application/json", "Cache-Control": ISR });
        return void res.end(JSON.stringify({ error: "no" }));
    }
  }

  const server = http.createServer((req, res) => {
    res.setHeader("X-Request-Id", randomUUID());
    const lookup = cache.lookup(req, res);
    if (lookup?.served) return;
    secureResponse(req, res, lookup?.store);
    void handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const h: Harness = {
    base,
    cache,
    calls,
    seen,
    clock,
    state,
    get: (path, headers, method) => request(base, path, headers, method),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
  open.push(h);
  return h;
}

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const calls = (path: string) => h.calls.get(path) ?? 0;

describe("response cache: hits", () => {
  test("a cacheable page is produced once, then served from memory with Age and X-Atlas-Cache", async () => {
    const first = await h.get("/page");
    expect(first.status).toBe(200);
    expect(first.headers["x-atlas-cache"]).toBe("MISS");
    expect(first.headers.age).toBeUndefined();
    const second = await h.get("/page");
    expect(calls("/page")).toBe(1);
    expect(second.headers["x-atlas-cache"]).toBe("HIT");
    expect(second.headers.age).toBe("0");
    expect(second.body.toString()).toBe(page(1));
    h.clock.now += 42_000;
    expect((await h.get("/page")).headers.age).toBe("42");
    expect(calls("/page")).toBe(1);
  });

  test("every stored header is replayed as sent, X-Request-Id is fresh per request", async () => {
    const first = await h.get("/page");
    const second = await h.get("/page");
    const perRequest = new Set(["x-request-id", "x-atlas-cache", "age", "date", "connection", "keep-alive"]);
    const answer = (r: Reply) => Object.fromEntries(Object.entries(r.headers).filter(([k]) => !perRequest.has(k)));
    expect(answer(second)).toEqual(answer(first));
    expect(second.headers["x-nextjs-prerender"]).toBe("1, 1");
    expect(second.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers["x-request-id"]).not.toBe(first.headers["x-request-id"]);
    expect(second.headers["x-content-type-options"]).toBe("nosniff");
  });

  test("identity and gzip bodies are both right, with the same CSP, on a miss and on a hit", async () => {
    const gzMiss = await h.get("/page", { "Accept-Encoding": "gzip, deflate" });
    const plainHit = await h.get("/page");
    const gzHit = await h.get("/page", { "Accept-Encoding": "gzip" });
    expect(calls("/page")).toBe(1);
    expect(h.seen[0]?.["accept-encoding"]).toBeUndefined();
    for (const gz of [gzMiss, gzHit]) {
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
      expect(zlib.gunzipSync(gz.body).toString()).toBe(page(1));
    }
    expect(plainHit.headers["content-encoding"]).toBeUndefined();
    expect(Number(plainHit.headers["content-length"])).toBe(Buffer.byteLength(page(1)));
    expect(plainHit.body.toString()).toBe(page(1));
    expect(gzHit.body.equals(gzMiss.body)).toBe(true);
    const csp = gzMiss.headers["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(plainHit.headers["content-security-policy"]).toBe(csp);
    expect(gzHit.headers["content-security-policy"]).toBe(csp);
    expect(plainHit.headers.vary).toBe(NEXT_VARY);
  });

  test("headers listed in Vary get their own entries: an RSC request never gets the HTML", async () => {
    await h.get("/page");
    const flight = await h.get("/page", { RSC: "1" });
    expect(flight.headers["x-atlas-cache"]).toBe("MISS");
    expect(flight.headers["content-type"]).toBe("text/x-component");
    expect(flight.body.toString()).toBe(rsc(1));
    expect(flight.headers["content-security-policy"]).toContain("script-src 'self';");
    const flightAgain = await h.get("/page", { RSC: "1" });
    expect(flightAgain.headers["x-atlas-cache"]).toBe("HIT");
    expect(flightAgain.body.toString()).toBe(rsc(1));
    const prefetch = await h.get("/page", { RSC: "1", "Next-Router-Prefetch": "1" });
    expect(prefetch.headers["x-atlas-cache"]).toBe("MISS");
    const tree = await h.get("/page", { RSC: "1", "Next-Router-State-Tree": "%5B%22%22%5D" });
    expect(tree.headers["x-atlas-cache"]).toBe("MISS");
    const html = await h.get("/page");
    expect(html.headers["x-atlas-cache"]).toBe("HIT");
    expect(html.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(html.body.toString()).toBe(page(1));
    expect(calls("/page")).toBe(4);

    // The other way round: the RSC answer stored first is not the HTML entry.
    await h.get("/page?rsc-first", { RSC: "1" });
    const htmlAfter = await h.get("/page?rsc-first");
    expect(htmlAfter.headers["x-atlas-cache"]).toBe("MISS");
    expect(htmlAfter.body.toString()).toBe(page(1));
  });

  test("the query string is part of the key", async () => {
    await h.get("/page?a=1");
    expect((await h.get("/page?a=2")).headers["x-atlas-cache"]).toBe("MISS");
    expect((await h.get("/page?a=1")).headers["x-atlas-cache"]).toBe("HIT");
    expect(calls("/page")).toBe(2);
  });

  test("API JSON with public, s-maxage is stored too", async () => {
    await h.get("/api");
    const hit = await h.get("/api", { "Accept-Encoding": "gzip" });
    expect(hit.headers["x-atlas-cache"]).toBe("HIT");
    expect(JSON.parse(zlib.gunzipSync(hit.body).toString()).items).toHaveLength(100);
    expect(hit.headers["content-security-policy"]).toContain("script-src 'self';");
    expect(calls("/api")).toBe(1);
  });
});

describe("response cache: what is never stored", () => {
  const cc = (value: string) => `/policy?cc=${encodeURIComponent(value)}`;
  const cases: [string, string][] = [
    ["private, no-store (report exports)", cc("private, no-store")],
    ["no-store (health, calendar)", cc("no-store")],
    ["no-cache", cc("s-maxage=60, no-cache")],
    ["no-cache with stale-while-revalidate", cc("s-maxage=60, stale-while-revalidate=300, no-cache")],
    ["proxy-revalidate with s-maxage=0", cc("s-maxage=0, proxy-revalidate, stale-while-revalidate=300")],
    ["Next's dynamic pages", cc("private, no-cache, no-store, max-age=0, must-revalidate")],
    ["max-age without public", cc("max-age=60")],
    ["public, max-age=0", cc("public, max-age=0")],
    ["s-maxage=0", cc("public, max-age=60, s-maxage=0")],
    ["no Cache-Control", cc("")],
    ["a 404", "/nowhere"],
    ["a 500 with s-maxage", "/policy?status=500"],
    ["Set-Cookie", "/policy?cookie=1"],
    ["a page Next is regenerating (x-nextjs-cache: STALE)", "/policy?nextcache=STALE"],
    ["Vary: *", "/policy?vary=*"],
    ["Vary on a header it cannot key", `/policy?vary=${encodeURIComponent("User-Agent, Accept-Encoding")}`],
  ];
  for (const [what, path] of cases) {
    test(what, async () => {
      const pathname = new URL(path, "http://x").pathname;
      await h.get(path);
      const again = await h.get(path);
      expect(again.headers["x-atlas-cache"]).toBe("MISS");
      expect(calls(pathname)).toBe(2);
      expect(h.cache.stats.entries).toBe(0);
    });
  }

  test("public with max-age is stored, and s-maxage wins over max-age", async () => {
    await h.get(`/policy?cc=${encodeURIComponent("public, max-age=30")}`);
    expect((await h.get(`/policy?cc=${encodeURIComponent("public, max-age=30")}`)).headers["x-atlas-cache"]).toBe("HIT");
    // Fresh for maxAge() seconds, usable (stale) until timeToLive() milliseconds from now (on the real clock here).
    const seconds = (p: ReturnType<typeof storagePolicy>) => [p?.policy.maxAge(), Math.round((p?.policy.timeToLive() ?? 0) / 1000)];
    expect(storagePolicy(finished("public, max-age=30"))?.policy.maxAge()).toBe(30);
    const isr = storagePolicy(finished("max-age=0, s-maxage=60, stale-while-revalidate=300"));
    expect(seconds(isr)).toEqual([60, 360]);
    expect(isr?.varyNames).toEqual([]);
    expect(seconds(storagePolicy(finished("s-maxage=60, stale-while-revalidate=300, must-revalidate")))).toEqual([60, 60]);
    // public with Expires (and no max-age) is fresh until then; public alone has no lifetime.
    const expires: [string, string][] = [["Expires", new Date(Date.now() + 120_000).toUTCString()]];
    // (Expires has whole seconds: up to one less than 120.)
    expect(storagePolicy(finished("public", expires))?.policy.maxAge()).toBeGreaterThan(118.9);
    expect(storagePolicy(finished("public", expires))?.policy.maxAge()).toBeLessThanOrEqual(120);
    expect(storagePolicy(finished("public"))).toBeNull();
    expect(storagePolicy(finished("s-maxage=60", [["Vary", NEXT_VARY]]))?.varyNames).toEqual([
      "rsc",
      "next-router-state-tree",
      "next-router-prefetch",
      "next-router-segment-prefetch",
    ]);
  });

  test("POST, Authorization and build assets bypass the cache", async () => {
    await h.get("/page", { Authorization: "Bearer x" });
    await h.get("/page", { Authorization: "Bearer x" });
    expect(calls("/page")).toBe(2);
    expect(h.cache.stats.entries).toBe(0);
    await h.get("/page");
    await h.get("/page", {}, "POST");
    expect(calls("/page")).toBe(4);
    const asset = await h.get("/_next/static/x.js");
    expect(asset.headers["x-atlas-cache"]).toBeUndefined();
  });
});

function finished(cacheControl: string, headers: [string, string][] = []): FinishedResponse {
  return { status: 200, statusMessage: "", headers: [["Cache-Control", cacheControl], ...headers], body: Buffer.from("x"), compressible: false };
}

describe("response cache: conditional and HEAD requests", () => {
  test("If-None-Match with the stored ETag is a 304 from memory, without a CSP", async () => {
    const first = await h.get("/page");
    const etag = first.headers.etag!;
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const res = await h.get("/page", { "If-None-Match": inm });
      expect(res.status).toBe(304);
      expect(res.headers["x-atlas-cache"]).toBe("HIT");
      expect(res.headers.etag).toBe(etag);
      expect(res.headers["content-security-policy"]).toBeUndefined();
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.body.length).toBe(0);
    }
    const changed = await h.get("/page", { "If-None-Match": '"page-v0"' });
    expect(changed.status).toBe(200);
    expect(calls("/page")).toBe(1);
  });

  test("a conditional miss reaches the handler unconditionally, is stored, and still answers 304", async () => {
    const res = await h.get("/page", { "If-None-Match": '"page-v1"' });
    expect(h.seen[0]?.["if-none-match"]).toBeUndefined();
    expect(res.status).toBe(304);
    expect(res.headers["content-security-policy"]).toBeUndefined();
    const full = await h.get("/page");
    expect(full.headers["x-atlas-cache"]).toBe("HIT");
    expect(full.body.toString()).toBe(page(1));
  });

  test("HEAD is answered from the GET entry, with its length and no body; a HEAD miss stores nothing", async () => {
    await h.get("/page", { "Accept-Encoding": "gzip" });
    const head = await h.get("/page", {}, "HEAD");
    expect(head.headers["x-atlas-cache"]).toBe("HIT");
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(page(1)));
    expect(head.headers["content-security-policy"]).toMatch(/sha256-/);
    expect(calls("/page")).toBe(1);

    await h.get("/toggle", {}, "HEAD");
    expect((await h.get("/toggle")).headers["x-atlas-cache"]).toBe("MISS");
    expect(calls("/toggle")).toBe(2);
  });
});

describe("response cache: expiry", () => {
  test("after s-maxage one request refreshes the entry while the others get the stale copy", async () => {
    await h.get("/slow");
    h.clock.now += 61_000;
    h.state.version = 2;
    let release = () => {};
    h.state.gate = new Promise<void>((r) => (release = r));
    const arrived = new Promise<void>((r) => (h.state.arrived = r));
    const refreshing = h.get("/slow");
    await arrived;
    const others = await Promise.all([h.get("/slow"), h.get("/slow", { "Accept-Encoding": "gzip" }), h.get("/slow", {}, "HEAD")]);
    for (const r of others) {
      expect(r.headers["x-atlas-cache"]).toBe("STALE");
      expect(r.headers.age).toBe("61");
      expect(r.headers.etag).toBe('"slow-v1"');
    }
    expect(others[0]?.body.toString()).toBe(page(1));
    expect(calls("/slow")).toBe(2);
    release();
    const refreshed = await refreshing;
    expect(refreshed.headers["x-atlas-cache"]).toBe("MISS");
    expect(refreshed.body.toString()).toBe(page(2));
    const after = await h.get("/slow");
    expect(after.headers["x-atlas-cache"]).toBe("HIT");
    expect(after.headers.age).toBe("0");
    expect(after.body.toString()).toBe(page(2));
    expect(calls("/slow")).toBe(2);
  });

  test("a refresh whose answer may not be stored drops the entry", async () => {
    await h.get("/toggle");
    h.clock.now += 61_000;
    h.state.cacheable = false;
    expect((await h.get("/toggle")).headers["x-atlas-cache"]).toBe("MISS");
    expect((await h.get("/toggle")).headers["x-atlas-cache"]).toBe("MISS");
    expect(calls("/toggle")).toBe(3);
    expect(h.cache.stats.entries).toBe(0);
  });

  test("past stale-while-revalidate the stale copy is never sent", async () => {
    await h.get("/slow");
    h.clock.now += (60 + 300) * 1000;
    h.state.version = 2;
    let release = () => {};
    h.state.gate = new Promise<void>((r) => (release = r));
    const arrived = new Promise<void>((r) => (h.state.arrived = r));
    const first = h.get("/slow");
    await arrived;
    const second = h.get("/slow");
    await new Promise((r) => setTimeout(r, 50));
    release();
    for (const r of await Promise.all([first, second])) {
      expect(r.headers["x-atlas-cache"]).toBe("MISS");
      expect(r.body.toString()).toBe(page(2));
    }
    expect(calls("/slow")).toBe(3);
  });

  test("s-maxage sets the lifetime over max-age, either way round", async () => {
    const longer = `/policy?cc=${encodeURIComponent("public, max-age=600, s-maxage=30")}`;
    const shorter = `/policy?cc=${encodeURIComponent("public, max-age=10, s-maxage=60")}`;
    await h.get(longer);
    await h.get(shorter);
    h.clock.now += 29_000;
    expect((await h.get(longer)).headers["x-atlas-cache"]).toBe("HIT");
    expect((await h.get(shorter)).headers["x-atlas-cache"]).toBe("HIT");
    h.clock.now += 2_000;
    expect((await h.get(longer)).headers["x-atlas-cache"]).toBe("MISS");
    expect((await h.get(shorter)).headers["x-atlas-cache"]).toBe("HIT");
    expect(calls("/policy")).toBe(3);
  });

  test("must-revalidate: fresh copies are hits, a stale copy is never sent", async () => {
    h.state.cacheControl = "s-maxage=60, stale-while-revalidate=300, must-revalidate";
    await h.get("/slow");
    h.clock.now += 59_000;
    expect((await h.get("/slow")).headers["x-atlas-cache"]).toBe("HIT");
    h.clock.now += 2_000;
    let release = () => {};
    h.state.gate = new Promise<void>((r) => (release = r));
    const arrived = new Promise<void>((r) => (h.state.arrived = r));
    const refreshing = h.get("/slow");
    await arrived;
    h.state.gate = null;
    const other = await h.get("/slow");
    expect(other.headers["x-atlas-cache"]).toBe("MISS");
    release();
    expect((await refreshing).headers["x-atlas-cache"]).toBe("MISS");
    expect(calls("/slow")).toBe(3);
  });

  test("the request's Cache-Control, Pragma and Host do not bypass a stored copy", async () => {
    await h.get("/page");
    const bypasses: Record<string, string>[] = [
      { "Cache-Control": "no-cache" },
      { "Cache-Control": "max-age=0" },
      { Pragma: "no-cache" },
      { "Cache-Control": "min-fresh=999999" },
      { Host: "other.example" },
    ];
    for (const headers of bypasses) {
      const res = await h.get("/page", headers);
      expect(res.headers["x-atlas-cache"], JSON.stringify(headers)).toBe("HIT");
    }
    expect(calls("/page")).toBe(1);
  });

  test("clear() forgets every stored answer, and one still being produced is not stored", async () => {
    await h.get("/page");
    await h.get("/api");
    expect(h.cache.stats.entries).toBe(2);
    h.cache.clear();
    expect(h.cache.stats).toEqual({ entries: 0, bytes: 0, urls: 0 });
    h.state.version = 2;
    const after = await h.get("/page");
    expect(after.headers["x-atlas-cache"]).toBe("MISS");
    expect(after.body.toString()).toBe(page(2));
    expect(calls("/page")).toBe(2);
    expect((await h.get("/page")).headers["x-atlas-cache"]).toBe("HIT");

    let release = () => {};
    h.state.gate = new Promise<void>((r) => (release = r));
    const arrived = new Promise<void>((r) => (h.state.arrived = r));
    const inFlight = h.get("/slow");
    await arrived;
    h.cache.clear();
    release();
    expect((await inFlight).body.toString()).toBe(page(2));
    h.state.gate = null;
    expect((await h.get("/slow")).headers["x-atlas-cache"]).toBe("MISS");
    expect((await h.get("/slow")).headers["x-atlas-cache"]).toBe("HIT");
    expect(calls("/slow")).toBe(2);
  });

  test("an aborted refresh lets the next request refresh", async () => {
    await h.get("/slow");
    h.clock.now += 61_000;
    h.state.gate = new Promise<void>(() => {});
    const arrived = new Promise<void>((r) => (h.state.arrived = r));
    const req = http.request(`${h.base}/slow`, { agent: false });
    req.on("error", () => {}).end();
    await arrived;
    expect((await h.get("/slow")).headers["x-atlas-cache"]).toBe("STALE");
    req.destroy();
    await new Promise((r) => setTimeout(r, 50));
    h.state.gate = null;
    const again = await h.get("/slow");
    expect(again.headers["x-atlas-cache"]).toBe("MISS");
    expect(calls("/slow")).toBe(3);
  });
});

describe("response cache: bounds", () => {
  test("LRU by bytes: the least recently used entry goes first", async () => {
    const small = await harness({ maxBytes: 50_000, maxEntryBytes: 20_000 });
    const get = (i: number) => small.get(`/blob?size=11000&i=${i}`);
    for (const i of [1, 2, 3]) await get(i);
    expect((await get(1)).headers["x-atlas-cache"]).toBe("HIT"); // 1 is now the most recently used
    await get(4); // 4 × ~12 KB (body, headers, key) < 50 KB
    await get(5); // over: the least recently used (2) goes
    expect(small.cache.stats.bytes).toBeLessThanOrEqual(50_000);
    expect(small.cache.stats.entries).toBe(4);
    expect((await get(1)).headers["x-atlas-cache"]).toBe("HIT");
    expect((await get(3)).headers["x-atlas-cache"]).toBe("HIT");
    expect((await get(2)).headers["x-atlas-cache"]).toBe("MISS");
  });

  test("LRU by entries: past maxEntries the least recently used entry goes first", async () => {
    const few = await harness({ maxEntries: 3 });
    const get = (i: number) => few.get(`/blob?size=100&i=${i}`);
    for (const i of [1, 2, 3]) await get(i);
    await get(1);
    await get(4);
    expect(few.cache.stats.entries).toBe(3);
    expect((await get(1)).headers["x-atlas-cache"]).toBe("HIT");
    expect((await get(2)).headers["x-atlas-cache"]).toBe("MISS");
  });

  test("at most 8 variants per URL: the oldest stored goes first", async () => {
    const variant = (i: number) => h.get("/page", { RSC: "1", "Next-Router-State-Tree": `tree-${i}` });
    for (let i = 1; i <= 9; i++) expect((await variant(i)).headers["x-atlas-cache"]).toBe("MISS");
    expect(h.cache.stats).toMatchObject({ entries: 8, urls: 1 });
    expect((await variant(9)).headers["x-atlas-cache"]).toBe("HIT");
    expect((await variant(2)).headers["x-atlas-cache"]).toBe("HIT");
    expect((await variant(1)).headers["x-atlas-cache"]).toBe("MISS");
    expect(calls("/page")).toBe(10);
  });

  test("a body over the per-entry limit is not stored", async () => {
    const small = await harness({ maxBytes: 50_000, maxEntryBytes: 20_000 });
    await small.get("/blob?size=25000");
    expect((await small.get("/blob?size=25000")).headers["x-atlas-cache"]).toBe("MISS");
    expect(small.cache.stats.entries).toBe(0);
  });

  test("hostile query strings cannot grow the cache past its bounds", async () => {
    const small = await harness({ maxBytes: 200_000, maxEntries: 50, maxEntryBytes: 50_000 });
    for (let i = 0; i < 300; i++) await small.get(`/page?junk=${randomUUID()}${"x".repeat(i % 7 === 0 ? 4000 : 10)}`);
    expect(small.cache.stats.entries).toBeLessThanOrEqual(50);
    expect(small.cache.stats.bytes).toBeLessThanOrEqual(200_000);
    expect(small.cache.stats.entries).toBeGreaterThan(0);
  });

  test("the environment sets the bounds or turns the cache off", () => {
    expect(responseCacheFromEnv({ ATLAS_RESPONSE_CACHE: "0" })).toBeNull();
    expect(responseCacheFromEnv({})).toBeInstanceOf(ResponseCache);
    expect(() => responseCacheFromEnv({ ATLAS_RESPONSE_CACHE_MB: "lots" })).toThrow(/ATLAS_RESPONSE_CACHE_MB/);
  });
});
