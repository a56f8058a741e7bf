import type { NextRequest } from "next/server";
import { catalogJson } from "@/lib/api/catalog-response";
import { guard, methodNotAllowed, parseQuery } from "@/lib/api/respond";
import { getCatalogVersion, listDistros } from "@/lib/data/catalog";
import { distroListQuerySchema } from "@/lib/validations/api";

// GET /api/v1/distros?vendor=&kind=&status=&featured=
export async function GET(request: NextRequest) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, distroListQuerySchema);
    if (!query.ok) return query.response;
    const key = `distros?${JSON.stringify(Object.entries(query.data).sort())}`;
    return catalogJson(request, key, async () => {
      const [distros, catalogVersion] = await Promise.all([listDistros(query.data), getCatalogVersion()]);
      return { catalogVersion, distros };
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
