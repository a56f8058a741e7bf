import { NextResponse, type NextRequest } from "next/server";
import { methodNotAllowed, noQuerySchema, parseQuery } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/api/openapi";

// GET /api/v1/openapi.json, generated from the zod schemas.

export function GET(request: NextRequest) {
  const query = parseQuery(request.nextUrl, noQuerySchema);
  if (!query.ok) return query.response;
  return NextResponse.json(openApiDocument());
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
