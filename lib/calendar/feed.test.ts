import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { buildCalendar, type CalendarDistro } from "@/lib/calendar/feed";
import { calendarQuerySchema } from "@/lib/calendar/query";
import { MAX_SELECTION } from "@/lib/selection";
import type { ReleaseView, CitedSource } from "@/lib/validations/api";

const source: CitedSource = {
  id: "aws-al2023-release-cadence",
  title: "Amazon Linux 2023 release cadence",
  publisher: "Amazon Web Services",
  url: "https://docs.aws.amazon.com/linux/al2023/ug/release-cadence.html",
  kind: "vendor",
  published: null,
  accessed: "2026-11-01",
  quote: "Amazon Linux 2023 end of support dates.",
};
const release = (r: Partial<ReleaseView>): ReleaseView => ({
  name: "x",
  label: "x",
  releaseDate: null,
  previewDate: null,
  lts: false,
  standard: null,
  maintenance: null,
  extended: null,
  latest: null,
  note: null,
  sources: [source],
  ...r,
});
const al2023: CalendarDistro = {
  slug: "amazon-linux-2023",
  name: "Amazon Linux 2023",
  releases: [
    release({
      name: "2023",
      label: "Amazon Linux 2023",
      releaseDate: "2023-03-15",
      standard: { name: "Standard support", end: "2027-06-30", paid: false },
      maintenance: { name: "Maintenance support", end: "2029-06-30", paid: false },
    }),
  ],
};
const bottlerocket: CalendarDistro = {
  slug: "bottlerocket",
  name: "Bottlerocket",
  releases: [
    release({ name: "1.x", label: "Bottlerocket 1.x", releaseDate: "2020-08-31", standard: { name: "Update policy (per variant)", end: null, paid: false } }),
  ],
};

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents("vevent").map((e) => ({
    uid: String(e.getFirstPropertyValue("uid")),
    summary: String(e.getFirstPropertyValue("summary")),
    description: String(e.getFirstPropertyValue("description")),
    start: e.getFirstPropertyValue("dtstart") as ICAL.Time,
    triggers: e.getAllSubcomponents("valarm").map((a) => ({
      action: String(a.getFirstPropertyValue("action")),
      trigger: (a.getFirstPropertyValue("trigger") as ICAL.Time).toString(),
    })),
  }));
}

describe("calendar feed", () => {
  const text = buildCalendar([al2023, bottlerocket], new Date("2026-09-01T12:00:00Z"));
  const events = parse(text);

  test("one all-day event per published date; an unpublished end gives none", () => {
    expect(events.map((e) => [e.summary, e.start.toString(), e.start.isDate])).toEqual([
      ["Bottlerocket 1.x: released", "2020-08-31", true],
      ["Amazon Linux 2023: released", "2023-03-15", true],
      ["Amazon Linux 2023: end of Standard support", "2027-06-30", true],
      ["Amazon Linux 2023: end of Maintenance support", "2029-06-30", true],
    ]);
  });

  test("stable UIDs and sources with their URL in the description", () => {
    const end = events.find((e) => e.summary.endsWith("Maintenance support"));
    expect(end?.uid).toBe("amazon-linux-2023/2023/maintenance-end@distro-atlas");
    expect(end?.description).toContain(
      "Amazon Linux 2023 release cadence (Amazon Web Services): https://docs.aws.amazon.com/linux/al2023/ug/release-cadence.html",
    );
    expect(buildCalendar([al2023, bottlerocket], new Date("2027-01-01T00:00:00Z"))).toContain("UID:amazon-linux-2023/2023/maintenance-end@distro-atlas");
  });

  test("each end carries display alarms 12, 6, 3 and 1 months before; a release none", () => {
    const end = events.find((e) => e.summary.endsWith("Maintenance support"));
    expect(end?.triggers).toEqual([
      { action: "DISPLAY", trigger: "2028-06-30T09:00:00Z" },
      { action: "DISPLAY", trigger: "2028-12-30T09:00:00Z" },
      { action: "DISPLAY", trigger: "2029-03-30T09:00:00Z" },
      { action: "DISPLAY", trigger: "2029-05-30T09:00:00Z" },
    ]);
    expect(events.find((e) => e.summary.endsWith("released"))?.triggers).toEqual([]);
  });

  test("DTSTAMP is the time passed in", () => {
    expect(text).toContain("DTSTAMP:20260901T120000Z");
  });
});

describe("calendar query", () => {
  test("a comma list of slugs", () => {
    expect(calendarQuerySchema.parse({ distros: "rhel, flatcar" })).toEqual({ distros: ["rhel", "flatcar"] });
  });
  test.each([
    [{}],
    [{ distros: "" }],
    [{ distros: "rhel,rhel" }],
    [{ distros: "rhel", x: "1" }],
    [{ distros: Array.from({ length: MAX_SELECTION + 1 }, (_, i) => `d${i}`).join(",") }],
  ])("rejects %j", (q) => {
    expect(calendarQuerySchema.safeParse(q).success).toBe(false);
  });
});
