import { NextResponse } from "next/server";
import { methodNotAllowed } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/api/openapi";

// GET /api/v1/openapi.json, generated from the zod schemas.

export function GET() {
  return NextResponse.json(openApiDocument());
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
