import type { NextRequest } from "next/server";
import { catalogJson } from "@/lib/api/catalog-response";
import { guard, methodNotAllowed, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { getCatalogVersion, listSources } from "@/lib/data/catalog";

// GET /api/v1/sources
export async function GET(request: NextRequest) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, noQuerySchema);
    if (!query.ok) return query.response;
    return catalogJson(request, "sources", async () => {
      const [sources, catalogVersion] = await Promise.all([listSources(), getCatalogVersion()]);
      return { catalogVersion, sources };
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
