import { NextResponse, type NextRequest } from "next/server";
import { readBodyLimited } from "@/lib/api/body";
import { abandoned, describeZodError, guard, jsonError, noQuerySchema, notAllowed, parseQuery } from "@/lib/api/respond";
import { consumeReportSave, REPORT_RATE_WINDOW_SECONDS } from "@/lib/api/rate-limit";
import { createReport, listReports } from "@/lib/data/reports";
import { pruneExpiredReports, reportRetentionDays } from "@/lib/report/retention";
import { db } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
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
    const query = parseQuery(request.nextUrl, noQuerySchema);
    if (!query.ok) return query.response;
    // Only JSON: a cross-site form cannot send it without a CORS preflight, which this API never grants.
    const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") return jsonError(415, "Unsupported Content-Type: send the report as application/json");
    const body = await readBodyLimited(request, MAX_REPORT_BODY_BYTES);
    if (!body.ok) {
      if (body.problem === "not-utf8") return jsonError(400, "The request body is not valid UTF-8");
      return jsonError(413, `Request body too large: the limit is ${MAX_REPORT_BODY_BYTES / 1024} KB`);
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return jsonError(400, "Malformed JSON in the request body");
    }
    const parsed = reportInputSchema.safeParse(json);
    if (!parsed.success) return jsonError(400, `Invalid report: ${describeZodError(parsed.error)}`);
    // Counted once the request is a report that would be stored: the limit is on storage, not on mistakes.
    const quota = await consumeReportSave(request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    if (!quota.ok) {
      return jsonError(
        429,
        `Too many reports saved from this address: try again in ${quota.retryAfterSeconds} s (the limit is per ${REPORT_RATE_WINDOW_SECONDS} s)`,
        { "Retry-After": String(quota.retryAfterSeconds) },
      );
    }
    await pruneHourly();
    // Nobody would learn this report's address or delete token: store nothing.
    const gone = abandoned(request);
    if (gone) return gone;
    const created = await createReport(parsed.data, { today: isoDay() });
    if (!created.ok) return jsonError(created.status, `Invalid report: ${created.error}`);
    const url = `/reports/${created.snapshot.id}`;
    return NextResponse.json({ id: created.snapshot.id, url, deleteToken: created.deleteToken } satisfies ReportCreated, {
      status: 201,
      headers: { Location: url, "Cache-Control": "no-store" },
    });
  });
}

// Expired reports go at start and, while the server runs, at most once an hour, on a save.
let lastPrune = 0;
async function pruneHourly(now = Date.now()): Promise<void> {
  if (now - lastPrune < 3_600_000) return;
  lastPrune = now;
  await pruneExpiredReports(db, new Date(now), reportRetentionDays());
}

const readAndSaveOnly = () => notAllowed(["GET", "POST"]);
export { readAndSaveOnly as PUT, readAndSaveOnly as PATCH, readAndSaveOnly as DELETE };
