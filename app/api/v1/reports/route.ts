import { NextResponse, type NextRequest } from "next/server";
import { readBodyLimited } from "@/lib/api/body";
import { describeZodError, guard, jsonError, parseQuery } from "@/lib/api/respond";
import { createReport, listReports } from "@/lib/data/reports";
import { isoDay } from "@/lib/lifecycle";
import { MAX_REPORT_BODY_BYTES, reportInputSchema, type ReportCreated } from "@/lib/validations/report";
import { REPORTS_PER_PAGE, reportListQuerySchema, type ReportList } from "@/lib/validations/report-list";

// GET /api/v1/reports[?page=N][&limit=M]: the saved reports, newest first.
export async function GET(request: NextRequest) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, reportListQuerySchema);
    if (!query.ok) return query.response;
    const list = await listReports(query.data);
    const at = (page: number) => `/api/v1/reports?page=${page}${list.limit !== REPORTS_PER_PAGE ? `&limit=${list.limit}` : ""}`;
    const body: ReportList = {
      ...list,
      next: list.page < list.pages ? at(list.page + 1) : null,
      previous: list.page > 1 ? at(Math.min(list.page - 1, Math.max(list.pages, 1))) : null,
    };
    // Like an export: each report is readable by whoever has its link, and the list changes with every save, so no cache keeps it.
    return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
  });
}

// POST /api/v1/reports: compute a decision and store it as a report.
export async function POST(request: NextRequest) {
  return guard(async () => {
    // Only JSON: a cross-site form cannot send it without a CORS preflight, which this API never grants.
    const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") return jsonError(415, "Unsupported Content-Type: send the report as application/json");
    const body = await readBodyLimited(request, MAX_REPORT_BODY_BYTES);
    if (!body.ok) return jsonError(413, `Request body too large: the limit is ${MAX_REPORT_BODY_BYTES / 1024} KB`);
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return jsonError(400, "Malformed JSON in the request body");
    }
    const parsed = reportInputSchema.safeParse(json);
    if (!parsed.success) return jsonError(400, `Invalid report: ${describeZodError(parsed.error)}`);
    const created = await createReport(parsed.data, { today: isoDay() });
    if (!created.ok) return jsonError(400, `Invalid report: ${created.error}`);
    const url = `/reports/${created.snapshot.id}`;
    return NextResponse.json({ id: created.snapshot.id, url } satisfies ReportCreated, { status: 201, headers: { Location: url } });
  });
}

const notAllowed = () => jsonError(405, "Method not allowed; this resource supports GET, POST", { Allow: "GET, POST" });
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
