import { describe, expect, test } from "vitest";
import { etagMatches } from "@/lib/http/etag";

describe("etagMatches", () => {
  test("matches the tag, a weak form of it, a list holding it, or *", () => {
    expect(etagMatches('"a1"', '"a1"')).toBe(true);
    expect(etagMatches('W/"a1"', '"a1"')).toBe(true);
    expect(etagMatches('"zz", "a1"', '"a1"')).toBe(true);
    expect(etagMatches("*", '"a1"')).toBe(true);
  });
  test("nothing to compare, or another tag, is no match", () => {
    expect(etagMatches(null, '"a1"')).toBe(false);
    expect(etagMatches('"a1"', undefined)).toBe(false);
    expect(etagMatches('"a2"', '"a1"')).toBe(false);
  });
});
