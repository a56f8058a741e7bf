import { NextResponse, type NextRequest } from "next/server";
import { methodNotAllowed, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { checkHealth } from "@/lib/data/health";

// GET /api/health: asks the database on every call, so it is never prerendered or cached.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const query = parseQuery(request.nextUrl, noQuerySchema);
  if (!query.ok) return query.response;
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
