import { optionNames } from "@/lib/report/stored";
import type { ReportSnapshot } from "@/lib/report/snapshot";
import type { ReportSummary } from "@/lib/validations/report-list";

/** What the list of saved decisions shows of one report, read from its stored inputs and result. */
export function summarizeReport(s: Pick<ReportSnapshot, "id" | "title" | "result" | "candidates" | "createdAt">, title: string): ReportSummary {
  const names = optionNames(s);
  const option = (slug: string) => ({ slug, name: names.get(slug) ?? slug });
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
