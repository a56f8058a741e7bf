import type { ReportSnapshot } from "@/lib/report/snapshot";
import type { SourceRef } from "@/lib/validations/api";

/** One thing a source is cited for in a report: which distro's value, and the source's own words. */
export type ReportCitation = { about: string; quote: string };

/** A source of a report with what the report cites it for, quote by quote. */
export type QuotedSource = { source: SourceRef; citations: ReportCitation[] };

/**
 * Every source of a report with the quotes its claims and releases rest on, so
 * a reviewer can check each value against the page without opening the app.
 * Reports saved before quotes were recorded list their sources without any.
 */
export function quotedSources(s: ReportSnapshot): QuotedSource[] {
  const byId = new Map<string, ReportCitation[]>();
  const add = (id: string, about: string, quote: string | null | undefined) => {
    if (!quote) return;
    const list = byId.get(id) ?? [];
    if (!list.some((c) => c.about === about && c.quote === quote)) list.push({ about, quote });
    byId.set(id, list);
  };
  for (const d of s.distros) {
    for (const a of d.attributes) for (const c of a.claims) for (const src of c.sources) add(src.id, `${d.name}, ${a.label}`, src.quote);
    for (const r of d.releases) for (const src of r.sources) add(src.id, `${d.name}, ${r.label} dates`, src.quote);
    for (const w of d.managedKubernetes ?? []) for (const src of w.sources) add(src.id, `${d.name} on ${w.serviceShortName} ${w.version}`, src.quote);
  }
  return s.sources.map((source) => ({ source, citations: byId.get(source.id) ?? [] }));
}
