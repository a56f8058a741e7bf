import { revalidatePath } from "next/cache";
import { type NextRequest } from "next/server";
import { jsonError } from "@/lib/api/respond";
import { isRevalidationRequest, REVALIDATE_HEADER } from "@/lib/security/revalidation";

// Not part of the API: the server calls it when the catalog changes. Without the secret it is an unknown address.
export function POST(request: NextRequest) {
  if (!isRevalidationRequest(request.headers.get(REVALIDATE_HEADER)))
    return jsonError(404, "No API resource at this address; GET /api/v1/openapi.json lists them");
  // Every page under the root layout: the next request for each renders it again (blocking), from the new catalog.
  revalidatePath("/", "layout");
  return new Response(null, { status: 204 });
}
