import ical, { ICalAlarmType, ICalCalendarMethod } from "ical-generator";
import { addDays, parseISO, subMonths } from "date-fns";
import { TIER_KEYS } from "@/lib/lifecycle";
import type { ReleaseView, SourceRef } from "@/lib/validations/api";

/** What the feed needs of a distro: its name and release cycles with sources. */
export type CalendarDistro = { slug: string; name: string; releases: ReleaseView[] };

export type LifecycleEvent = {
  uid: string;
  date: string;
  summary: string;
  description: string;
  /** Only support ends carry reminders. */
  alarms: boolean;
};

/** Months before a support end at which a reminder fires. */
export const ALARM_MONTHS = [12, 6, 3, 1] as const;

// Reminders fire at 09:00 UTC on their day; RFC 5545 durations have no months,
// so each trigger is an absolute date-time.
const ALARM_HOUR_UTC = 9;

function cycleTitle(distro: CalendarDistro, release: ReleaseView): string {
  const firstWord = distro.name.split(" ")[0] ?? distro.name;
  return release.label.startsWith(firstWord) ? release.label : `${distro.name} ${release.label}`;
}

function sourceLines(sources: SourceRef[]): string {
  if (sources.length === 0) return "Source: none recorded in the catalog.";
  return ["Sources:", ...sources.map((s) => `- ${s.title} (${s.publisher})${s.url ? `: ${s.url}` : ""}`)].join("\n");
}

/** One event per published lifecycle date: release and the end of each tier. */
export function lifecycleEvents(distros: CalendarDistro[]): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  for (const distro of distros) {
    for (const release of distro.releases) {
      const title = cycleTitle(distro, release);
      const sources = sourceLines(release.sources);
      const uidBase = `${distro.slug}/${encodeURIComponent(release.name)}`;
      if (release.releaseDate) {
        events.push({ uid: `${uidBase}/release@distro-atlas`, date: release.releaseDate, summary: `${title}: released`, description: sources, alarms: false });
      }
      for (const key of TIER_KEYS) {
        const tier = release[key];
        if (!tier?.end) continue;
        events.push({
          uid: `${uidBase}/${key}-end@distro-atlas`,
          date: tier.end,
          summary: `${title}: end of ${tier.name}`,
          description: `Last day of ${tier.name} (${key} tier) for ${title}.\n${sources}`,
          alarms: true,
        });
      }
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

/** The absolute reminder times for an end date: 12, 6, 3 and 1 month(s) before, 09:00 UTC. */
export function alarmTimes(date: string): Date[] {
  return ALARM_MONTHS.map((m) => {
    const day = subMonths(parseISO(date), m);
    return new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate(), ALARM_HOUR_UTC));
  });
}

function utcMidnight(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/**
 * The iCalendar (RFC 5545) text of a feed: all-day events with stable UIDs;
 * `stamp` is the generation time (DTSTAMP), passed in so output is reproducible.
 */
export function buildCalendar(distros: CalendarDistro[], stamp: Date): string {
  const cal = ical({
    name: `Distro Atlas: ${distros.map((d) => d.name).join(", ")}`,
    description: "Release and support-end dates from the Distro Atlas catalog, each with its sources.",
    prodId: { company: "Distro Atlas", product: "lifecycle-feed", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of lifecycleEvents(distros)) {
    const start = utcMidnight(e.date);
    const event = cal.createEvent({
      id: e.uid,
      start,
      end: addDays(start, 1),
      allDay: true,
      stamp,
      summary: e.summary,
      description: e.description,
    });
    if (!e.alarms) continue;
    ALARM_MONTHS.forEach((months, i) => {
      const trigger = alarmTimes(e.date)[i];
      if (trigger) event.createAlarm({ type: ICalAlarmType.display, trigger, description: `${e.summary} in ${months} month${months > 1 ? "s" : ""}` });
    });
  }
  return cal.toString();
}
