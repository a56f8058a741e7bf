import { afterEach, describe, expect, test } from "vitest";
import { consume, createRateLimiter, reportRateLimit } from "@/lib/api/rate-limit";
import { createTestDb, TEST_PROVIDERS } from "@/tests/support/test-db";

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});

describe("reportRateLimit", () => {
  test("30 a minute unless configured; 0 turns it off; nonsense is refused", () => {
    expect(reportRateLimit({})).toBe(30);
    expect(reportRateLimit({ ATLAS_REPORT_RATE_LIMIT: "0" })).toBe(0);
    expect(() => reportRateLimit({ ATLAS_REPORT_RATE_LIMIT: "-1" })).toThrow(/whole number/);
  });
});

describe.each(TEST_PROVIDERS)("the report save limiter on %s", (provider) => {
  test("refuses a client over its limit with the seconds to wait, and counts clients apart", async () => {
    const t = await createTestDb(provider);
    cleanups.push(t.cleanup);
    const { limiter, close } = await createRateLimiter(3, t.url);
    cleanups.unshift(close);
    for (let i = 0; i < 3; i++) expect(await consume(limiter, "198.51.100.7")).toEqual({ ok: true });
    const refused = await consume(limiter, "198.51.100.7");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await consume(limiter, "198.51.100.8")).toEqual({ ok: true });
    if (provider === "postgresql") {
      // A second instance on the same database sees the same count.
      const other = await createRateLimiter(3, t.url);
      cleanups.unshift(other.close);
      expect((await consume(other.limiter, "198.51.100.7")).ok).toBe(false);
    }
  });
});
