import { describe, expect, test } from "vitest";
import { repairRequestUrl } from "@/server/request-path";

describe("repairRequestUrl", () => {
  test("leaves decodable paths and every query alone", () => {
    for (const url of ["/", "/distros/bottlerocket?x=%", "/api/v1/distros/%2e%2e%2fetc", "/a%20b?q=%C0%AF"]) expect(repairRequestUrl(url)).toBe(url);
  });
  test("a stray percent becomes a literal one", () => {
    expect(repairRequestUrl("/distros/%")).toBe("/distros/%25");
    expect(repairRequestUrl("/distros/%zz%G1?a=%")).toBe("/distros/%25zz%25G1?a=%");
  });
  test("bytes that are not UTF-8 become U+FFFD, other segments untouched", () => {
    expect(repairRequestUrl("/api/v1/reports/%C0%AF/export")).toBe("/api/v1/reports/%EF%BF%BD%EF%BF%BD/export");
    expect(repairRequestUrl("/distros/%FF%2Fok")).toBe("/distros/%EF%BF%BD%2Fok");
    expect(decodeURIComponent(repairRequestUrl("/x/%ED%A0%80"))).toBe("/x/\uFFFD\uFFFD\uFFFD");
  });
});
