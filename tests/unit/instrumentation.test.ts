import { describe, expect, test, vi } from "vitest";
import { onRequestError } from "@/instrumentation";

describe("onRequestError", () => {
  test("logs one JSON line with the request id, route and digest, and no stack", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const err = Object.assign(new Error("catalog went away"), { digest: "123" });
      await onRequestError(
        err,
        { path: "/distros/x?secret=1", method: "GET", headers: { "x-request-id": "req-1" } },
        { routerKind: "App Router", routePath: "/distros/[slug]", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined },
      );
      expect(spy).toHaveBeenCalledTimes(1);
      const line = String(spy.mock.calls[0]?.[0]);
      expect(line).not.toContain("\n");
      expect(JSON.parse(line)).toMatchObject({
        level: "error",
        msg: "catalog went away",
        digest: "123",
        requestId: "req-1",
        method: "GET",
        path: "/distros/x",
        route: "/distros/[slug]",
      });
      expect(line).not.toMatch(/ at |secret/);
    } finally {
      spy.mockRestore();
    }
  });
});
