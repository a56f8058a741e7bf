import { NextResponse, type NextRequest } from "next/server";
import { guard, jsonError, methodNotAllowed, parseQuery } from "@/lib/api/respond";
import { buildCalendar } from "@/lib/calendar/feed";
import { calendarQuerySchema } from "@/lib/calendar/query";
import { listDistroDetails } from "@/lib/data/catalog";
import { isoDay } from "@/lib/lifecycle";

// GET /api/v1/calendar.ics?distros=a,b,c
export async function GET(request: NextRequest) {
  return guard(async () => {
    const query = parseQuery(request.nextUrl, calendarQuerySchema);
    if (!query.ok) return query.response;
    const catalog = await listDistroDetails();
    const unknown = query.data.distros.filter((s) => !catalog.some((d) => d.slug === s));
    if (unknown.length > 0) return jsonError(400, `Invalid query: unknown distro ${unknown.map((s) => `"${s}"`).join(", ")}`);
    const distros = query.data.distros.flatMap((s) => catalog.filter((d) => d.slug === s));
    const now = new Date();
    return new NextResponse(buildCalendar(distros, now), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="distro-atlas-lifecycle-${isoDay(now)}.ics"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
