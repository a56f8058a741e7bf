import { SupportBadge } from "@/components/support-badge";
import { TierCell } from "@/components/tier-cell";
import { SourceCitation } from "@/components/source-citation";
import { formatDate, releaseState } from "@/lib/lifecycle";
import type { ReleaseView } from "@/lib/validations/api";

export function ReleaseTable({ releases, today }: { releases: ReleaseView[]; today: string }) {
  if (releases.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">The catalog lists no release cycles with dates for this distribution.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Release cycles, newest first</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Cycle
            </th>
            <th scope="col" className="py-2 pr-3">
              Released
            </th>
            <th scope="col" className="py-2 pr-3">
              Standard
            </th>
            <th scope="col" className="py-2 pr-3">
              Maintenance
            </th>
            <th scope="col" className="py-2 pr-3">
              Extended
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2">
              Latest
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.name} className="border-b border-slate-200 align-top dark:border-slate-800" data-testid="release-row" data-release={r.name}>
              <th scope="row" className="py-2 pr-3 font-medium">
                {r.label}
                {r.lts ? <span className="ml-1 rounded bg-slate-100 px-1 text-xs dark:bg-slate-800">LTS</span> : null}
                <details className="mt-1 font-normal">
                  <summary className="cursor-pointer text-xs muted">Sources{r.note ? " and notes" : ""}</summary>
                  {r.note ? <p className="mt-1 text-xs">{r.note}</p> : null}
                  <ul className="mt-1 flex flex-col gap-1">
                    {r.sources.map((s) => (
                      <li key={s.id}>
                        <SourceCitation source={s} quote={s.quote} />
                      </li>
                    ))}
                  </ul>
                </details>
              </th>
              <td className="py-2 pr-3">
                {r.releaseDate ? formatDate(r.releaseDate) : "Not published"}
                {r.previewDate ? <span className="block text-xs muted">preview {formatDate(r.previewDate)}</span> : null}
              </td>
              <td className="py-2 pr-3">
                <TierCell tier={r.standard} today={today} />
              </td>
              <td className="py-2 pr-3">
                <TierCell tier={r.maintenance} today={today} />
              </td>
              <td className="py-2 pr-3">
                <TierCell tier={r.extended} today={today} />
              </td>
              <td className="py-2 pr-3">
                <SupportBadge state={releaseState(r, today)} />
              </td>
              <td className="py-2">
                {r.latest ? (
                  <span>
                    {r.latest.version}
                    {r.latest.date ? <span className="block text-xs muted">{formatDate(r.latest.date)}</span> : null}
                  </span>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
