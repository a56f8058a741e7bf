import { describe, expect, test } from "vitest";
import { clientAddress } from "@/lib/security/client-address";

const req = (headers: Record<string, string | string[]>, remoteAddress = "10.0.0.5") => ({ headers, socket: { remoteAddress } }) as never;

describe("clientAddress", () => {
  test("is the socket's peer unless a proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(req({ "x-forwarded-for": "1.2.3.4" }), false)).toBe("10.0.0.5");
  });
  test("behind a trusted proxy, the address the proxy appended last", () => {
    expect(clientAddress(req({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), true)).toBe("203.0.113.9");
    expect(clientAddress(req({}), true)).toBe("10.0.0.5");
  });
  test("an IPv4 client is one client whether it arrives over IPv4 or as an IPv4-mapped IPv6 address", () => {
    expect(clientAddress(req({}, "::ffff:127.0.0.1"), false)).toBe("127.0.0.1");
    expect(clientAddress(req({ "x-forwarded-for": "::FFFF:203.0.113.9" }), true)).toBe("203.0.113.9");
    expect(clientAddress(req({}, "2001:db8::1"), false)).toBe("2001:db8::1");
  });
});
