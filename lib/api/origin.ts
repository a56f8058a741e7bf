import type { NextRequest } from "next/server";

const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

/**
 * The origin the client addressed: its Host header (a proxy's
 * X-Forwarded-Host/-Proto first), since Next's own URL names the address the
 * server listens on, not the one the user typed. A malformed value falls back
 * to Next's; it only shapes links in the answer to this one request.
 */
export function requestOrigin(request: NextRequest): string {
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim() ?? "";
  const host = [first("x-forwarded-host"), first("host")].find((h) => HOST.test(h));
  const forwardedProto = first("x-forwarded-proto").toLowerCase();
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : request.nextUrl.protocol.replace(/:$/, "");
  return host ? `${proto}://${host}` : request.nextUrl.origin;
}
