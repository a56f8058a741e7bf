import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { catalogPollSeconds, watchCatalog } from "./catalog-watch";

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("watchCatalog", () => {
  test("revalidates once at start, then only when the loaded version changes", async () => {
    let hash: string | null = "aaa";
    const onChange = vi.fn(async () => {});
    const watch = watchCatalog({ initial: "aaa", currentHash: async () => hash, onChange, intervalMs: 0 });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    await watch.check();
    expect(onChange).toHaveBeenCalledTimes(1);
    hash = "bbb";
    await watch.check();
    expect(onChange).toHaveBeenCalledTimes(2);
    await watch.check();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(console.log).toHaveBeenCalledWith(expect.stringContaining("catalog bbb replaced aaa"));
    watch.stop();
  });

  test("a database that cannot answer changes nothing and is logged, and the next answer still counts", async () => {
    let fail = true;
    const onChange = vi.fn(async () => {});
    const watch = watchCatalog({
      initial: "aaa",
      currentHash: async () => {
        if (fail) throw new Error("connection refused");
        return "ccc";
      },
      onChange,
      intervalMs: 0,
    });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    await watch.check();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(console.log).toHaveBeenCalledWith(expect.stringMatching(/"level":"warn".*catalog check failed.*connection refused/));
    fail = false;
    await watch.check();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test("a failed revalidation is logged as an error, not thrown", async () => {
    const watch = watchCatalog({
      initial: "aaa",
      currentHash: async () => "aaa",
      onChange: async () => Promise.reject(new Error("answered 500")),
      intervalMs: 0,
    });
    await vi.waitFor(() => expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/page revalidation failed.*answered 500/)));
    watch.stop();
  });

  test("polls on the interval", async () => {
    vi.useFakeTimers();
    try {
      const currentHash = vi.fn(async () => "aaa");
      const watch = watchCatalog({ initial: "aaa", currentHash, onChange: async () => {}, intervalMs: 60_000 });
      await vi.advanceTimersByTimeAsync(59_000);
      expect(currentHash).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(2_000);
      expect(currentHash).toHaveBeenCalledTimes(1);
      watch.stop();
      await vi.advanceTimersByTimeAsync(120_000);
      expect(currentHash).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("catalogPollSeconds", () => {
  test("defaults to a minute, takes whole seconds, refuses anything else", () => {
    expect(catalogPollSeconds({})).toBe(60);
    expect(catalogPollSeconds({ ATLAS_CATALOG_POLL_SECONDS: "0" })).toBe(0);
    expect(catalogPollSeconds({ ATLAS_CATALOG_POLL_SECONDS: " 5 " })).toBe(5);
    expect(() => catalogPollSeconds({ ATLAS_CATALOG_POLL_SECONDS: "-1" })).toThrow(/whole number/);
    expect(() => catalogPollSeconds({ ATLAS_CATALOG_POLL_SECONDS: "1.5" })).toThrow(/whole number/);
  });
});
