import type { NextRequest } from "next/server";
import { catalogJson } from "@/lib/api/catalog-response";
import { guard, jsonError, methodNotAllowed, parseQuery } from "@/lib/api/respond";
import { getCatalogVersion, getDistro } from "@/lib/data/catalog";
import { listChanges } from "@/lib/data/changes";
import { changeListQuerySchema } from "@/lib/validations/changes";

// GET /api/v1/changes?distro=
export async function GET(request: NextRequest) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, changeListQuerySchema);
    if (!query.ok) return query.response;
    const { distro } = query.data;
    if (distro && !(await getDistro(distro))) return jsonError(404, `No distro "${distro}" in the catalog`);
    const log = await listChanges(distro);
    return catalogJson(request, `changes?${distro ?? ""}&versions=${log.versions.length}`, async () => ({ catalogVersion: await getCatalogVersion(), ...log }));
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
