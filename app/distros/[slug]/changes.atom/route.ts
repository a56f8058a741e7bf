import type { NextRequest } from "next/server";
import { guard, jsonError, methodNotAllowed, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { atomResponse } from "@/lib/changes/feed-response";
import { getDistro } from "@/lib/data/catalog";
import { listChanges } from "@/lib/data/changes";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

// GET /distros/{slug}/changes.atom: one distro's catalog changes, for teams that run it.
export async function GET(request: NextRequest, { params }: Context) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, noQuerySchema);
    if (!query.ok) return query.response;
    const { slug } = await params;
    const distro = await getDistro(slug);
    if (!distro) return jsonError(404, `No distro "${slug}" in the catalog`);
    return atomResponse(request, await listChanges(slug), {
      title: `Distro Atlas: ${distro.name} changes`,
      description: `Changes to ${distro.name}'s releases, support dates, facts and their evidence in the Distro Atlas catalog.`,
      selfPath: `/distros/${slug}/changes.atom`,
      pagePath: `/distros/${slug}`,
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
