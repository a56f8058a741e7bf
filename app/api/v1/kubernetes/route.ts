import type { NextRequest } from "next/server";
import { catalogJson } from "@/lib/api/catalog-response";
import { guard, methodNotAllowed, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { getCatalogVersion, listManagedKubernetes } from "@/lib/data/catalog";

// GET /api/v1/kubernetes
export async function GET(request: NextRequest) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, noQuerySchema);
    if (!query.ok) return query.response;
    return catalogJson(request, "kubernetes", async () => {
      const [services, catalogVersion] = await Promise.all([listManagedKubernetes(), getCatalogVersion()]);
      return { catalogVersion, services };
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
