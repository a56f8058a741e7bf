import "server-only";
import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getCatalogHash } from "@/lib/data/catalog";
import { etagMatches } from "@/lib/http/etag";

/**
 * Caching for answers computed only from the catalog: browsers revalidate
 * every time (cheap 304s), shared caches keep an answer for a minute, and the
 * ETag changes whenever a new catalog version is loaded.
 */
export const CATALOG_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/**
 * A JSON answer derived from the catalog, with an ETag that changes with the
 * catalog version and the content, and a 304 for a client that already has
 * it. Built on every call: the server's response cache in front keeps the
 * finished answer (server/response-cache.ts).
 */
export async function catalogJson(request: NextRequest, key: string, build: () => Promise<unknown>): Promise<NextResponse> {
  const hash = (await getCatalogHash()) ?? "none";
  const body = JSON.stringify(await build());
  const digest = createHash("sha256").update(key).update("\0").update(body).digest("hex").slice(0, 16);
  const etag = `"${hash}-${digest}"`;
  const headers = { ETag: etag, "Cache-Control": CATALOG_CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(body, { status: 200, headers: { ...headers, "Content-Type": "application/json" } });
}
