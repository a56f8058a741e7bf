import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { CatalogSnapshot } from "@/lib/catalog/snapshot";

// The database is replaced by two switches: what the current version is, and whether it answers.
const state = vi.hoisted(() => ({ hash: "aaa" as string, down: false, reads: 0, asked: 0 }));
vi.mock("@/lib/db/client", () => ({ db: {} }));
vi.mock("@/lib/catalog/load", () => ({
  currentCatalogHash: async () => {
    state.asked++;
    if (state.down) throw new Error("connect ECONNREFUSED");
    return state.hash;
  },
}));
vi.mock("@/lib/catalog/snapshot", () => ({
  readSnapshot: async (): Promise<CatalogSnapshot> => {
    if (state.down) throw new Error("connect ECONNREFUSED");
    state.reads++;
    return { version: { hash: state.hash }, distros: [{ slug: `distro-of-${state.hash}` }], attributes: [] } as unknown as CatalogSnapshot;
  },
}));

const { getCatalogHash, listDistroSlugs } = await import("@/lib/data/catalog");

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

describe("the catalog the pages and the API read", () => {
  test("follows a new version, and keeps the last good copy while the database cannot answer", async () => {
    let now = Date.now();
    expect(await getCatalogHash(now)).toBe("aaa");
    expect(await listDistroSlugs()).toEqual(["distro-of-aaa"]);

    state.hash = "bbb";
    now += 5_000;
    expect(await getCatalogHash(now)).toBe("bbb");
    expect(await listDistroSlugs()).toEqual(["distro-of-bbb"]);

    state.down = true;
    now += 5_000;
    expect(await getCatalogHash(now)).toBe("bbb");
    expect(await listDistroSlugs()).toEqual(["distro-of-bbb"]);
    expect(console.log).toHaveBeenCalledWith(expect.stringMatching(/"level":"warn".*catalog refresh failed; serving catalog bbb.*ECONNREFUSED/));
    // For a few seconds after a failure the database is not asked again: no request waits out a timeout meanwhile.
    const asked = state.asked;
    expect(await getCatalogHash(now + 2_000)).toBe("bbb");
    expect(state.asked).toBe(asked);

    state.down = false;
    state.hash = "ccc";
    now += 5_000;
    expect(await getCatalogHash(now)).toBe("ccc");
    expect(await listDistroSlugs()).toEqual(["distro-of-ccc"]);
  });
});
