import { ReportDetails } from "@/components/report/report-details";
import { ResultView } from "@/components/report/result-view";
import { StaleNotice } from "@/components/report/stale-notice";
import type { Staleness } from "@/lib/report/staleness";
import { requirementLabel, type RequirementKey } from "@/lib/decide/requirements";
import { yStatement } from "@/lib/report/narrative";
import { distroName, headline, type ReportSnapshot } from "@/lib/report/snapshot";

const EXPORTS = [
  { format: "markdown", label: "Markdown (MADR)" },
  { format: "pdf", label: "PDF (A4)" },
  { format: "pdf&paper=letter", label: "PDF (Letter)" },
  { format: "json", label: "JSON snapshot" },
  { format: "csv", label: "CSV score matrix" },
];

/** A saved decision report, read-only, rendered only from its snapshot. */
export function ReportView({ report: s, staleness = null }: { report: ReportSnapshot; staleness?: Staleness | null }) {
  const reqs = (Object.keys(s.requirements) as RequirementKey[]).filter((k) => s.requirements[k] !== undefined && s.requirements[k] !== false);
  const people = (list: string[]) => (list.length > 0 ? list.join(", ") : "—");
  return (
    <article className="space-y-8 print:text-black">
      <header>
        <p className="text-sm muted">Decision report · status: proposed</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{headline(s)}</h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Date</dt>
          <dd>{s.createdAt.slice(0, 10)}</dd>
          <dt className="font-medium">Decision-makers</dt>
          <dd>{people(s.decisionMakers)}</dd>
          <dt className="font-medium">Consulted</dt>
          <dd>{people(s.consulted)}</dd>
          <dt className="font-medium">Informed</dt>
          <dd>{people(s.informed)}</dd>
          <dt className="font-medium">Catalog version</dt>
          <dd>
            <code data-testid="report-catalog-version">{s.catalogVersion.hash}</code> (loaded {s.catalogVersion.loadedAt.slice(0, 10)}; this report keeps the
            facts it was computed on)
          </dd>
        </dl>
        <nav aria-label="Export" className="no-print mt-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            {EXPORTS.map((e) => (
              <li key={e.format}>
                <a
                  href={`/api/v1/reports/${s.id}/export?format=${e.format}`}
                  className="inline-block rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  download
                >
                  Download {e.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {staleness ? <StaleNotice report={s} staleness={staleness} nameOf={(slug) => distroName(s, slug)} /> : null}
      <p className="max-w-3xl">{yStatement(s)}</p>
      <section aria-labelledby="context-h">
        <h2 id="context-h" className="text-xl font-semibold">
          Context and problem statement
        </h2>
        <p className="mt-2 max-w-3xl whitespace-pre-line">{s.context || `We need to choose a cloud Linux OS for ${s.title}.`}</p>
      </section>
      <section aria-labelledby="drivers-h">
        <h2 id="drivers-h" className="text-xl font-semibold">
          Decision drivers
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {s.criteria.map((c) => (
            <li key={c.key}>
              <strong>{c.label}</strong> (weight {s.weights[c.key]} of 5): {c.rule}
            </li>
          ))}
          {reqs.length > 0 ? (
            reqs.map((k) => <li key={k}>Hard requirement: {requirementLabel(k, s.requirements)}</li>)
          ) : (
            <li>No hard requirements were set.</li>
          )}
        </ul>
        <p className="mt-2 text-sm">Considered options: {s.candidates.map((c) => distroName(s, c)).join(", ")}.</p>
      </section>
      <section aria-labelledby="outcome-h">
        <h2 id="outcome-h" className="mb-3 text-xl font-semibold">
          Decision outcome
        </h2>
        <ResultView result={s.result} criteria={s.criteria} nameOf={(slug) => distroName(s, slug)} />
      </section>
      <ReportDetails report={s} />
    </article>
  );
}
