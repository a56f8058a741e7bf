import type { NextRequest } from "next/server";
import { catalogJson } from "@/lib/api/catalog-response";
import { guard, methodNotAllowed, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { getCatalogVersion, listAttributes } from "@/lib/data/catalog";

// GET /api/v1/attributes
export async function GET(request: NextRequest) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, noQuerySchema);
    if (!query.ok) return query.response;
    return catalogJson(request, "attributes", async () => {
      const [attributes, catalogVersion] = await Promise.all([listAttributes(), getCatalogVersion()]);
      return { catalogVersion, attributes };
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
