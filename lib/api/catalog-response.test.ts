import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { catalogJson, CATALOG_CACHE_CONTROL } from "@/lib/api/catalog-response";

const catalog = vi.hoisted(() => ({ hash: "abc123" as string | null }));
vi.mock("@/lib/data/catalog", () => ({ getCatalogHash: async () => catalog.hash }));

const get = (headers: Record<string, string> = {}) => new NextRequest("http://x/api/v1/sources", { headers });

beforeEach(() => {
  catalog.hash = "abc123";
});

describe("catalogJson", () => {
  test("a 200 JSON body with an ETag of the catalog version and the content, and the shared-cache lifetime", async () => {
    const res = await catalogJson(get(), "sources", async () => ({ items: [1, 2] }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [1, 2] });
    expect(res.headers.get("etag")).toMatch(/^"abc123-[0-9a-f]{16}"$/);
    expect(res.headers.get("cache-control")).toBe(CATALOG_CACHE_CONTROL);
    expect(res.headers.get("content-type")).toBe("application/json");
  });

  test("the answer is built on every request: new content gets a new ETag within one catalog version", async () => {
    let n = 0;
    const build = vi.fn(async () => ({ n: ++n }));
    const first = await catalogJson(get(), "sources", build);
    const second = await catalogJson(get(), "sources", build);
    expect(build).toHaveBeenCalledTimes(2);
    expect(await second.json()).toEqual({ n: 2 });
    expect(second.headers.get("etag")).not.toBe(first.headers.get("etag"));
  });

  test("the ETag is stable for the same version, key and content, and changes with each of them", async () => {
    const etag = async (key: string, body: unknown) => (await catalogJson(get(), key, async () => body)).headers.get("etag");
    const same = await etag("sources", { a: 1 });
    expect(await etag("sources", { a: 1 })).toBe(same);
    expect(await etag("attributes", { a: 1 })).not.toBe(same);
    expect(await etag("sources", { a: 2 })).not.toBe(same);
    catalog.hash = "def456";
    expect(await etag("sources", { a: 1 })).toMatch(/^"def456-/);
  });

  test("If-None-Match with the current ETag is a 304 without a body; an older one gets the 200", async () => {
    const build = async () => ({ items: [1] });
    const etag = (await catalogJson(get(), "sources", build)).headers.get("etag")!;
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const res = await catalogJson(get({ "If-None-Match": inm }), "sources", build);
      expect(res.status).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(await res.text()).toBe("");
    }
    expect((await catalogJson(get({ "If-None-Match": '"abc123-0000000000000000"' }), "sources", build)).status).toBe(200);
  });
});
