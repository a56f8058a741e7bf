import { distroName, type ReportSnapshot } from "@/lib/report/snapshot";
import type { ReportSummary } from "@/lib/validations/report-list";

/** What the list of saved decisions shows of one report, read from its frozen snapshot. */
export function summarizeReport(s: ReportSnapshot, title: string): ReportSummary {
  const option = (slug: string) => ({ slug, name: distroName(s, slug) });
  return {
    id: s.id,
    url: `/reports/${s.id}`,
    title,
    subject: s.title,
    chosen: s.result.winner ? option(s.result.winner) : null,
    tiedForFirst: s.result.winner ? [] : s.result.tiedForFirst.map(option),
    candidates: s.candidates.map(option),
    createdAt: s.createdAt,
  };
}

/** "Bottlerocket", "No decision: A and B tie", "No decision: no option meets the requirements". */
export function decisionText(r: ReportSummary): string {
  if (r.chosen) return r.chosen.name;
  if (r.tiedForFirst.length > 0) return `No decision: ${r.tiedForFirst.map((o) => o.name).join(" and ")} tie`;
  return "No decision: no option meets the requirements";
}
