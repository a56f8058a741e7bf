import { describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { requestOrigin } from "@/lib/api/origin";

const at = (headers: Record<string, string>) => requestOrigin(new NextRequest("http://localhost:3000/api/v1/reports/x/export", { headers }));

describe("requestOrigin", () => {
  test("is the host the client addressed, not the one the server listens on", () => {
    expect(at({ host: "127.0.0.1:4330" })).toBe("http://127.0.0.1:4330");
    expect(at({ host: "atlas.example.com" })).toBe("http://atlas.example.com");
  });
  test("behind a proxy, its forwarded host and scheme", () => {
    expect(at({ host: "10.0.0.5:3000", "x-forwarded-host": "atlas.example.com", "x-forwarded-proto": "https" })).toBe("https://atlas.example.com");
    expect(at({ host: "[::1]:3000", "x-forwarded-proto": "https, http" })).toBe("https://[::1]:3000");
  });
  test("a malformed host or scheme falls back instead of reaching a link", () => {
    expect(at({ host: "evil.com/path?x=<script>" })).toBe("http://localhost:3000");
    expect(at({ host: "atlas.example.com", "x-forwarded-proto": "javascript" })).toBe("http://atlas.example.com");
    expect(at({ "x-forwarded-host": "a b", host: "atlas.example.com" })).toBe("http://atlas.example.com");
  });
});
