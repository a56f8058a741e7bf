import { describe, expect, test } from "vitest";
import { readBodyLimited } from "@/lib/api/body";

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://x/api", { method: "POST", body, headers });

describe("readBodyLimited", () => {
  test("reads UTF-8 text within the limit", async () => {
    expect(await readBodyLimited(post('{"t":"Ünïcødé ✓"}'), 100)).toEqual({ ok: true, text: '{"t":"Ünïcødé ✓"}' });
  });
  test("refuses bytes that are not UTF-8 instead of replacing them", async () => {
    expect(await readBodyLimited(post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 100)).toEqual({ ok: false, problem: "not-utf8" });
    // A lone surrogate encoded as bytes (CESU-style) is not UTF-8 either.
    expect(await readBodyLimited(post(new Uint8Array([0xed, 0xa0, 0x80])), 100)).toEqual({ ok: false, problem: "not-utf8" });
  });
  test("stops at the limit, whatever Content-Length says", async () => {
    expect(await readBodyLimited(post("x".repeat(101)), 100)).toEqual({ ok: false, problem: "too-large" });
    expect(await readBodyLimited(post("x", { "content-length": "5000" }), 100)).toEqual({ ok: false, problem: "too-large" });
  });
});
