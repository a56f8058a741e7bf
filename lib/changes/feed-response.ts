import "server-only";
import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { requestOrigin } from "@/lib/api/origin";
import { changesAtom, type FeedOptions } from "@/lib/changes/atom";
import { changeInstant } from "@/lib/changes/dates";
import { etagMatches } from "@/lib/http/etag";
import type { ChangeLog } from "@/lib/data/changes";

/**
 * An Atom answer. Its links name the host the reader used, so it varies on
 * the headers that decide it; readers poll with If-None-Match and get a 304
 * while nothing changed.
 */
export function atomResponse(request: NextRequest, log: ChangeLog, opts: Omit<FeedOptions, "origin">): NextResponse {
  const newest = log.changes[0]?.date ?? log.versions.at(-1)?.loadedAt;
  const body = changesAtom(log.changes, { ...opts, origin: requestOrigin(request) }, newest ? changeInstant(newest) : new Date(0));
  const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 20)}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=300", Vary: "Host, X-Forwarded-Host, X-Forwarded-Proto, Accept-Encoding" };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(body, { headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" } });
}
