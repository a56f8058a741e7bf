import { IgnoredParamsNotice } from "@/components/ignored-params-notice";
import { IntentLink } from "@/components/intent-link";
import { SourceCitation } from "@/components/source-citation";
import { Citations } from "@/components/source-list";
import { SOURCE_FRESH_DAYS, dueForReview } from "@/lib/catalog/freshness";
import { formatDate } from "@/lib/format-date";
import { ignoredParams } from "@/lib/ignored-params";
import type { DistroSummary, SourceView } from "@/lib/validations/api";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Props = { sources: SourceView[]; distros: DistroSummary[]; params: URLSearchParams; today: string };

/** Sources and distros due for a re-read by a date (today unless `by` names a later or earlier day). */
export function ReviewView({ sources, distros, params, today }: Props) {
  const asked = params.get("by");
  const valid = asked !== null && DAY.test(asked) && !Number.isNaN(Date.parse(`${asked}T00:00:00Z`));
  const by = valid ? asked : today;
  const notices = [
    ...ignoredParams(params, distros, [{ name: "by" }]),
    ...(asked !== null && !valid ? [`“by=${asked}” is not a date (YYYY-MM-DD); today is used`] : []),
  ];
  const due = dueForReview(sources, distros, by);
  return (
    <div className="flex flex-col gap-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Due for review</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Vendors rewrite lifecycle and feature pages several times a year, so every source is re-read at least every {SOURCE_FRESH_DAYS} days, and every
          distro&apos;s record is checked against its sources as often. Listed here: what is past that window on {formatDate(by)}, the most overdue first, with
          the claims resting on each source.
        </p>
      </header>
      <IgnoredParamsNotice messages={notices} />
      <form method="get" action="/sources/review" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Review date">
        <div className="flex flex-col gap-1">
          <label htmlFor="review-by" className="font-medium">
            Due by
          </label>
          <input
            id="review-by"
            type="date"
            name="by"
            defaultValue={by}
            className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <button type="submit" className="rounded bg-sky-700 px-4 py-1.5 font-semibold text-white hover:bg-sky-800">
          Show
        </button>
      </form>
      <section aria-labelledby="due-distros">
        <h2 id="due-distros" className="text-xl font-semibold">
          Distros ({due.distros.length})
        </h2>
        {due.distros.length === 0 ? (
          <p className="mt-1 text-sm" data-testid="no-distros-due">
            Every distro was reviewed within {SOURCE_FRESH_DAYS} days of {formatDate(by)}.
          </p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1 text-sm" data-testid="distros-due">
            {due.distros.map((d) => (
              <li key={d.slug}>
                <IntentLink href={`/distros/${d.slug}`} className="link">
                  {d.name}
                </IntentLink>
                {` — last reviewed ${formatDate(d.reviewed)}${d.due ? `, due ${formatDate(d.due)}` : ""}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="due-sources">
        <h2 id="due-sources" className="text-xl font-semibold">
          Sources ({due.sources.length} of {sources.length})
        </h2>
        {due.sources.length === 0 ? (
          <p className="mt-1 text-sm" data-testid="no-sources-due">
            Every source was read within {SOURCE_FRESH_DAYS} days of {formatDate(by)}.
          </p>
        ) : (
          <ul className="mt-2 flex flex-col divide-y divide-slate-200 dark:divide-slate-800" data-testid="sources-due">
            {due.sources.map((s) => (
              <li key={s.id} className="py-3" data-testid="source">
                <SourceCitation source={s} />
                <p className="text-sm">{s.due ? `Due for a re-read since ${formatDate(s.due)}` : "Never recorded as read"}</p>
                <Citations source={s} open />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
