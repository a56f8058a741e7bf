// Date display without a date library, so client components stay light.
// Month names come from en-US ("Sep", not en-GB's "Sept"); the order is day month year.
const MONTHS = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });

function monthName(year: string, month: string): string {
  return MONTHS.format(new Date(`${year}-${month}-01T00:00:00Z`));
}

/** "30 Jun 2029" for a full date, "Jun 2026" for a month, "2026" for a year. */
export function formatDate(date: string): string {
  const [year = "", month, day] = date.split("-");
  if (!month) return year;
  const name = monthName(year, month);
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
