import { NextResponse, type NextRequest } from "next/server";
import { requestOrigin } from "@/lib/api/origin";
import { abandoned, guard, jsonError, methodNotAllowed, parseQuery } from "@/lib/api/respond";
import { getReport } from "@/lib/data/reports";
import { exportReport } from "@/lib/report/export";
import { exportQuerySchema } from "@/lib/validations/report";

// GET /api/v1/reports/{id}/export?format=markdown|pdf|json|csv[&paper=a4|letter]
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, exportQuerySchema);
    if (!query.ok) return query.response;
    const { id } = await params;
    const report = await getReport(id);
    if (!report) return jsonError(404, `No report "${id}"`);
    // Rendering a PDF is the costly part: not for a client that has left.
    const gone = abandoned(request);
    if (gone) return gone;
    // Exports link back to the address this request came to: the PDF to the report's page, the Markdown to /decide.
    const origin = requestOrigin(request);
    const file = await exportReport(report, query.data, { origin, reportUrl: `${origin}/reports/${report.id}` });
    return new NextResponse(new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.name}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
