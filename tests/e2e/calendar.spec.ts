import { expect, test } from "./fixtures";
import { errorSchema } from "@/lib/validations/api";

test("GET /api/v1/calendar.ics returns an iCalendar feed for the chosen distros", async ({ request }) => {
  const res = await request.get("/api/v1/calendar.ics?distros=amazon-linux-2023,rhel");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="distro-atlas-lifecycle-\d{4}-\d{2}-\d{2}\.ics"$/);
  const text = await res.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain("SUMMARY:Amazon Linux 2023: end of Maintenance");
  expect(text).toContain("DTSTART;VALUE=DATE:20290630");
  expect(text).toContain("TRIGGER;VALUE=DATE-TIME:20280630T090000Z");
  expect(text).not.toContain("Ubuntu");
});

test("bad calendar queries answer 400 JSON naming the problem; other methods 405", async ({ request }) => {
  for (const [query, message] of [
    ["", /distros: is required/],
    ["?distros=", /is empty/],
    ["?distros=rhel,nope", /unknown distro "nope"/],
    ["?distros=rhel&format=json", /unknown parameter "format"/],
  ] as const) {
    const res = await request.get(`/api/v1/calendar.ics${query}`);
    expect(res.status(), query).toBe(400);
    expect(errorSchema.parse(await res.json()).error).toMatch(message);
  }
  const post = await request.post("/api/v1/calendar.ics?distros=rhel");
  expect(post.status()).toBe(405);
});
