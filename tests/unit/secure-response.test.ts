import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { acceptsGzip, secureResponse } from "@/server/secure-response";

// A stand-in for Next's handler: writes the way Next does (setHeader, chunked writes, writeHead, end).
let server: http.Server;
let base = "";
const PAGE = `<!DOCTYPE html><html><body>${"<p>filler</p>".repeat(200)}<script>self.__next_f.push([0])</script><script src="/_next/static/x.js"></script></body></html>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    secureResponse(req, res);
    const seen = String(req.headers["accept-encoding"] ?? "none");
    if (req.url === "/page") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("X-Seen-Encoding", seen);
      res.write(PAGE.slice(0, 100));
      res.write(Buffer.from(PAGE.slice(100)));
      res.end();
    } else if (req.url === "/not-modified") {
      res.writeHead(304, { ETag: '"1"' });
      res.end();
    } else if (req.url === "/_next/static/x.js") {
      res.setHeader("Content-Type", "application/javascript");
      res.setHeader("X-Seen-Encoding", seen);
      res.end("console.log(1)");
    } else {
      res.writeHead(404, "Nope", { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: "no" }));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("secureResponse", () => {
  test("an HTML page gets a CSP with the hash of its inline script, compressed after hashing", async () => {
    const res = await fetch(`${base}/page`, { headers: { "Accept-Encoding": "gzip" } });
    expect(res.headers.get("x-seen-encoding")).toBe("none");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toBe(PAGE);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
  test("without Accept-Encoding the page is sent as is with its length", async () => {
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve) => {
      http.get(`${base}/page`, (res) => {
        let body = "";
        res.on("data", (c) => (body += c)).on("end", () => resolve({ headers: res.headers, body }));
      });
    });
    expect(raw.headers["content-encoding"]).toBeUndefined();
    expect(Number(raw.headers["content-length"])).toBe(Buffer.byteLength(PAGE));
    expect(raw.body).toBe(PAGE);
  });
  test("writeHead statuses and headers survive, with the base policy", async () => {
    const res = await fetch(`${base}/missing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "no" });
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self';");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
  test("a 304 carries no CSP, so it cannot replace the cached page's hashes", async () => {
    const res = await fetch(`${base}/not-modified`);
    expect(res.status).toBe(304);
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
  test("build assets pass through untouched, still with the headers", async () => {
    const res = await fetch(`${base}/_next/static/x.js`, { headers: { "Accept-Encoding": "gzip" } });
    expect(res.headers.get("x-seen-encoding")).toBe("gzip");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("acceptsGzip", () => {
  test("gzip only when the client prefers it to an uncompressed body", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0, identity")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
