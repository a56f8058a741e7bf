import { ClaimValue } from "@/components/claim-value";
import { IntentLink } from "@/components/intent-link";
import { SourceCitation } from "@/components/source-citation";
import type { SourceView } from "@/lib/validations/api";

const KINDS: { kind: SourceView["kind"]; heading: string; blurb: string }[] = [
  { kind: "vendor", heading: "Vendor documentation", blurb: "Pages and repositories of the company that ships the OS." },
  { kind: "project", heading: "Project sources", blurb: "Open-source project sites, repositories and release data." },
  { kind: "community", heading: "Community data", blurb: "Community-maintained trackers such as endoflife.date." },
  { kind: "press", heading: "Press and blogs", blurb: "Third-party reporting; often the side of a dispute." },
];

/** What a source supports: each claim, release or record that cites it. */
export function Citations({ source, open = false }: { source: SourceView; open?: boolean }) {
  const n = source.citations.length;
  return (
    <details className="mt-1 text-sm" open={open}>
      <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
        Supports {n} {n === 1 ? "entry" : "entries"}
      </summary>
      <ul className="mt-1 flex flex-col gap-1 pl-4">
        {source.citations.map((c, i) => (
          <li key={i} className="flex flex-wrap items-center gap-1.5">
            <IntentLink href={c.kind === "service" ? `/kubernetes#${c.distro}` : `/distros/${c.distro}`} className="underline">
              {c.distroName}
            </IntentLink>
            <span>· {c.label}:</span>
            <ClaimValue claim={c} className="text-slate-700 dark:text-slate-300" />
          </li>
        ))}
      </ul>
    </details>
  );
}

export function SourceList({ sources }: { sources: SourceView[] }) {
  return (
    <div className="flex flex-col gap-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          The {sources.length} sources behind the catalog. A date shown as “undated” means the page carries none; access dates are shown where they were
          recorded. Sources and records past their review window are listed under{" "}
          <IntentLink href="/sources/review" className="link">
            due for review
          </IntentLink>
          .
        </p>
      </header>
      {KINDS.map(({ kind, heading, blurb }) => {
        const list = sources.filter((s) => s.kind === kind).sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
        if (list.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="text-xl font-semibold">
              {heading} <span className="text-base font-normal muted">({list.length})</span>
            </h2>
            <p className="text-sm muted">{blurb}</p>
            <ul className="mt-3 flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
              {list.map((s) => (
                <li key={s.id} id={`source-${s.id}`} className="py-3" data-testid="source">
                  <SourceCitation source={s} />
                  {s.note ? <p className="mt-1 text-sm muted">{s.note}</p> : null}
                  <Citations source={s} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
