import { afterEach, describe, expect, test, vi } from "vitest";
import { errorMessage, log } from "@/lib/log";

afterEach(() => vi.restoreAllMocks());

describe("log", () => {
  test("writes one JSON line with time, level, message and fields; errors to stderr", () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    log("info", "listening", { port: 3000 });
    log("error", "boom", { requestId: "r1" });
    expect(JSON.parse(String(out.mock.calls[0]?.[0]))).toMatchObject({
      level: "info",
      msg: "listening",
      port: 3000,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(JSON.parse(String(err.mock.calls[0]?.[0]))).toMatchObject({ level: "error", msg: "boom", requestId: "r1" });
    expect(String(err.mock.calls[0]?.[0])).not.toContain("\n");
  });
  test("errorMessage reads Errors and anything else", () => {
    expect(errorMessage(new Error("x"))).toBe("x");
    expect(errorMessage(42)).toBe("42");
  });
});
