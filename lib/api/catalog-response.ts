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

type Entry = { body: string; etag: string };
const MAX_ENTRIES = 500;
const entries = new Map<string, Entry>();

function remember(key: string, entry: Entry): void {
  if (entries.size >= MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(key, entry);
}

/**
 * A JSON answer derived from the catalog, serialised once per catalog
 * version and `key` (the route and its normalised query), with an ETag and
 * a 304 for a client that already has it.
 */
export async function catalogJson(request: NextRequest, key: string, build: () => Promise<unknown>): Promise<NextResponse> {
  const hash = (await getCatalogHash()) ?? "none";
  const cacheKey = `${hash}|${key}`;
  let entry = entries.get(cacheKey);
  if (!entry) {
    const body = JSON.stringify(await build());
    const digest = createHash("sha256").update(key).update("\0").update(body).digest("hex").slice(0, 16);
    entry = { body, etag: `"${hash}-${digest}"` };
    remember(cacheKey, entry);
  }
  const headers = { ETag: entry.etag, "Cache-Control": CATALOG_CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (etagMatches(request.headers.get("if-none-match"), entry.etag)) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(entry.body, { status: 200, headers: { ...headers, "Content-Type": "application/json" } });
}
