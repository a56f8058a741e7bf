import { toCsv } from "@/lib/export/csv";
import type { ReportSnapshot } from "@/lib/report/snapshot";

/** The score matrix: one row per option, the points per criterion, flags and exclusion reasons. */
export function renderCsv(s: ReportSnapshot): string {
  const header = [
    "rank",
    "option",
    "slug",
    ...s.criteria.map((c) => `${c.label} (weight ${s.weights[c.key]})`),
    "score",
    "tied with",
    "flagged values",
    "excluded because",
  ];
  const rows = s.result.ranked.map((c) => [
    c.rank,
    c.name,
    c.slug,
    ...c.breakdown.map((b) => Math.round(b.points * 10) / 10),
    Math.round(c.score * 10) / 10,
    c.tiedWith.join(" "),
    c.flagged.join("; "),
    "",
  ]);
  for (const x of s.result.excluded) {
    rows.push(["excluded", x.name, x.slug, ...s.criteria.map(() => ""), "", "", "", x.failed.map((f) => `${f.label}: ${f.reason}`).join("; ")]);
  }
  return toCsv(header, rows);
}

/** The full snapshot for audit or re-import. */
export function renderJson(s: ReportSnapshot): string {
  return JSON.stringify({ format: "distro-atlas-decision-report", formatVersion: 1, ...s }, null, 2);
}
