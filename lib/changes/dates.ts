import { formatDate } from "@/lib/format-date";

/** A change's date as an instant: a load time as is; a vendor's month or day at its start (UTC). */
export function changeInstant(date: string): Date {
  if (/^\d{4}-\d{2}$/.test(date)) return new Date(`${date}-01T00:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return new Date(`${date}T00:00:00Z`);
  return new Date(date);
}

/** "30 Jun 2025" for a vendor's day or a load time, "Jun 2025" for a month. */
export function changeDateLabel(date: string): string {
  return formatDate(/^\d{4}-\d{2}(-\d{2})?$/.test(date) ? date : date.slice(0, 10));
}
