import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/security/headers";
import { requestIdFrom } from "@/lib/security/request-id";

const sha = (s: string) => `sha256-${createHash("sha256").update(s, "utf8").digest("base64")}`;

describe("inlineScriptHashes", () => {
  test("hashes each distinct inline script exactly as written, and skips external and empty ones", () => {
    const html = `<html><script src="/_next/static/a.js" async=""></script><script>self.__next_f.push([1,"é \\u003c"])</script>
      <script type="application/ld+json" data-x='a>b'>{"a":1}</script><script>self.__next_f.push([1,"é \\u003c"])</script><script></script></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"é \\u003c"])'), sha('{"a":1}')]);
  });
  test("no scripts, no hashes", () => {
    expect(inlineScriptHashes("<p>plain</p>")).toEqual([]);
  });
});

describe("contentSecurityPolicy", () => {
  test("allows scripts from self and the given hashes only, and forbids framing, plugins and base changes", () => {
    const csp = contentSecurityPolicy(["sha256-abc="]);
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(contentSecurityPolicy()).toContain("script-src 'self';");
  });
});

describe("requestIdFrom", () => {
  test("keeps a plain incoming id and replaces a missing, long or unsafe one", () => {
    expect(requestIdFrom("abc-123.x:y_z")).toBe("abc-123.x:y_z");
    expect(requestIdFrom(["first", "second"])).toBe("first");
    for (const bad of [undefined, "", "a b", "x".repeat(129), "<script>", "id\r\nSet-Cookie: a=b"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
