import { NextResponse, type NextRequest } from "next/server";
import { guard, jsonError, noQuerySchema, notAllowed, parseQuery } from "@/lib/api/respond";
import { deleteReport } from "@/lib/data/reports";

type Context = { params: Promise<{ id: string }> };

const BEARER = /^Bearer\s+(\S+)\s*$/i;

// DELETE /api/v1/reports/{id} with Authorization: Bearer <deleteToken>: removes a saved report.
export async function DELETE(request: NextRequest, { params }: Context) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, noQuerySchema);
    if (!query.ok) return query.response;
    const token = BEARER.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!token) {
      return jsonError(401, "Send the report's delete token as Authorization: Bearer <token> (it was given in the answer that saved the report)", {
        "WWW-Authenticate": 'Bearer realm="reports"',
      });
    }
    const { id } = await params;
    const outcome = await deleteReport(id, token);
    if (outcome === "not-found") return jsonError(404, `No report "${id}"`);
    if (outcome === "forbidden") return jsonError(403, "This token does not delete this report");
    return new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  });
}

const deleteOnly = () => notAllowed(["DELETE"]);
export { deleteOnly as GET, deleteOnly as POST, deleteOnly as PUT, deleteOnly as PATCH };
