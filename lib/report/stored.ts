import { sourcesUsed, upgradeSnapshot, type ReportSnapshot } from "@/lib/report/snapshot";
import type { SourcedScoringCatalog, SourcedScoringDistro } from "@/lib/decide/types";
import { STORED_REPORT_FORMAT, storedReportSchema, type StoredReport } from "@/lib/validations/stored-report";

/** What the database keeps of a report: no claims or sources, only a reference to the kept catalog version they come from. */
export function toStoredReport(s: ReportSnapshot): StoredReport {
  return storedReportSchema.parse({
    format: STORED_REPORT_FORMAT,
    id: s.id,
    createdAt: s.createdAt,
    number: s.number,
    title: s.title,
    context: s.context,
    decisionMakers: s.decisionMakers,
    consulted: s.consulted,
    informed: s.informed,
    candidates: s.candidates,
    requirements: s.requirements,
    weights: s.weights,
    result: s.result,
    criteria: s.criteria,
    catalogVersion: s.catalogVersion,
  });
}

/** A stored report's row: the current layout, or a full snapshot saved before catalog versions were kept. */
export type ReadStored = { kind: "stored"; report: StoredReport } | { kind: "legacy"; snapshot: ReportSnapshot };

/** Reads a report row's JSON by its layout; a row in the current layout that fails its schema throws. */
export function readStoredReport(json: string): ReadStored {
  const raw = JSON.parse(json) as { format?: unknown };
  if (raw.format === undefined) return { kind: "legacy", snapshot: upgradeSnapshot(raw as ReportSnapshot) };
  return { kind: "stored", report: storedReportSchema.parse(raw) };
}

/** The report as pages and exports render it: the stored result beside the claims and sources of the catalog version it was computed on. */
export function hydrateReport(r: StoredReport, catalog: SourcedScoringCatalog): ReportSnapshot {
  const distros = r.candidates.flatMap((slug) => catalog.distros.filter((d) => d.slug === slug)) satisfies SourcedScoringDistro[];
  const { format: _format, ...rest } = r;
  return { ...rest, distros, attributes: catalog.attributes, sources: sourcesUsed(distros) };
}

/** Each option's name as the result recorded it; works for every layout. */
export function optionNames(s: Pick<ReportSnapshot, "result">): Map<string, string> {
  return new Map([...s.result.ranked, ...s.result.excluded].map((c) => [c.slug, c.name]));
}
