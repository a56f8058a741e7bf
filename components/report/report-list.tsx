import { IntentLink } from "@/components/intent-link";
import { formatDate } from "@/lib/format-date";
import type { ReportPage } from "@/lib/data/reports";
import { decisionText } from "@/lib/report/summary";

/** "4 Dec 2026, 13:05 UTC": saves on the same day stay apart. */
function savedAt(iso: string): string {
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

const pageHref = (page: number) => (page === 1 ? "/reports" : `/reports?page=${page}`);

/** The saved decision reports, newest first, one page of them, each opening its report. */
export function ReportList({ list }: { list: ReportPage }) {
  const { reports, page, limit, total, pages } = list;
  if (total === 0) {
    return (
      <p data-testid="report-count">
        No decision has been saved yet.{" "}
        <IntentLink href="/decide" className="link">
          Make one in the decision builder
        </IntentLink>{" "}
        and save it as a report.
      </p>
    );
  }
  if (reports.length === 0) {
    return (
      <p data-testid="report-count">
        There is no page {page}: the {total} saved decision{total === 1 ? "" : "s"} fill {pages} page{pages === 1 ? "" : "s"}.{" "}
        <IntentLink href="/reports" className="link">
          See the newest decisions
        </IntentLink>
        .
      </p>
    );
  }
  const first = (page - 1) * limit + 1;
  const last = first + reports.length - 1;
  return (
    <>
      <p data-testid="report-count" className="text-sm">
        Showing {first === 1 && last === total ? `all ${total}` : `${first}–${last} of ${total}`} saved decision{total === 1 ? "" : "s"}, newest first.
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">Saved decisions, newest first</caption>
          <thead className="border-b border-slate-300 dark:border-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Decision
              </th>
              <th scope="col" className="py-2 pr-3">
                Chosen option
              </th>
              <th scope="col" className="py-2 pr-3">
                Options considered
              </th>
              <th scope="col" className="py-2">
                Saved
              </th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top dark:border-slate-800" data-testid="report-row">
                <th scope="row" className="py-2 pr-3 font-medium">
                  <IntentLink href={r.url} className="link">
                    {r.title}
                  </IntentLink>
                </th>
                <td className="py-2 pr-3">{r.chosen ? r.chosen.name : <span className="muted">{decisionText(r)}</span>}</td>
                <td className="py-2 pr-3">{r.candidates.map((c) => c.name).join(", ")}</td>
                <td className="py-2 whitespace-nowrap">
                  <time dateTime={r.createdAt}>{savedAt(r.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label="Pages of saved decisions" className="mt-4 flex items-center gap-4 text-sm">
          {page > 1 ? (
            <IntentLink href={pageHref(page - 1)} className="link" rel="prev">
              Newer decisions
            </IntentLink>
          ) : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <IntentLink href={pageHref(page + 1)} className="link" rel="next">
              Older decisions
            </IntentLink>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
