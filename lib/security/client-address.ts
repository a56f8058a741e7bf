import type { IncomingMessage } from "node:http";

/** The header the server sets to the client's address for the routes; any value a client sends under it is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client";

/**
 * Who is asking, for per-client limits: the socket's peer, or behind a
 * trusted reverse proxy (ATLAS_TRUST_PROXY=1) the address that proxy
 * appended last to X-Forwarded-For, since everything before it is what the
 * client claimed.
 */
export function clientAddress(req: Pick<IncomingMessage, "headers" | "socket">, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers["x-forwarded-for"];
    const list = (Array.isArray(header) ? header.join(",") : (header ?? ""))
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const last = list.at(-1);
    if (last) return canonicalAddress(last);
  }
  return canonicalAddress(req.socket.remoteAddress ?? "unknown");
}

/** An IPv4 client seen through an IPv6 socket (::ffff:192.0.2.1) is the same client as 192.0.2.1. */
function canonicalAddress(address: string): string {
  return address.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1");
}
