import type { NextRequest } from "next/server";
import { guard, methodNotAllowed, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { atomResponse } from "@/lib/changes/feed-response";
import { listChanges } from "@/lib/data/changes";

export const dynamic = "force-dynamic";

// GET /changes.atom: every distro's catalog changes as an Atom 1.0 feed.
export async function GET(request: NextRequest) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, noQuerySchema);
    if (!query.ok) return query.response;
    return atomResponse(request, await listChanges(), {
      title: "Distro Atlas: catalog changes",
      description: "New releases, moved end dates, changed values and evidence, and new disputes across the catalog's cloud Linux distributions.",
      selfPath: "/changes.atom",
      pagePath: "/changes",
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
