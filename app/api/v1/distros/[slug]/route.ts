import type { NextRequest } from "next/server";
import { catalogJson } from "@/lib/api/catalog-response";
import { guard, jsonError, methodNotAllowed, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { getCatalogVersion, getDistro } from "@/lib/data/catalog";
import { slugSchema } from "@/lib/validations/catalog";

// GET /api/v1/distros/{slug}
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, noQuerySchema);
    if (!query.ok) return query.response;
    const { slug } = await params;
    if (!slugSchema.safeParse(slug).success) {
      return jsonError(400, "Invalid slug: use lower-case words joined by hyphens, e.g. amazon-linux-2023");
    }
    const [distro, catalogVersion] = await Promise.all([getDistro(slug), getCatalogVersion()]);
    if (!distro) return jsonError(404, `No distro "${slug}" in the catalog; GET /api/v1/distros lists them`);
    return catalogJson(request, `distro/${slug}`, async () => ({ catalogVersion, distro }));
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
