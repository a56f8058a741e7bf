import { SourceCitation } from "@/components/source-citation";
import { SupportBadge } from "@/components/support-badge";
import { TierCell } from "@/components/tier-cell";
import { formatDate } from "@/lib/lifecycle";
import { cycleStatus } from "@/lib/timeline/status";
import type { LifecycleCycle } from "@/lib/data/views";

export type TableCycle = { id: string; distroName: string; cycle: LifecycleCycle };

/** The chart's data as a table, for screen readers, copying and print. */
export function LifecycleTable({ cycles, today }: { cycles: TableCycle[]; today: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[52rem] text-left text-sm" data-testid="lifecycle-table">
        <caption className="sr-only">Release cycles of the chosen distributions with their support tiers and status</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">Cycle</th>
            <th scope="col" className="py-2 pr-3">Released</th>
            <th scope="col" className="py-2 pr-3">Standard</th>
            <th scope="col" className="py-2 pr-3">Maintenance / security</th>
            <th scope="col" className="py-2 pr-3">Extended</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2">Sources</th>
          </tr>
        </thead>
        <tbody>
          {cycles.map(({ id, distroName, cycle }) => (
            <tr key={id} className="border-b border-slate-200 align-top dark:border-slate-800" data-testid="lifecycle-row">
              <th scope="row" className="py-2 pr-3 font-medium">
                {cycle.label}
                {cycle.label.includes(distroName) ? null : <span className="block text-xs font-normal muted">{distroName}</span>}
              </th>
              <td className="py-2 pr-3">
                {cycle.releaseDate ? formatDate(cycle.releaseDate) : "Release date not published"}
                {cycle.previewDate ? <span className="block text-xs muted">preview from {formatDate(cycle.previewDate)}</span> : null}
              </td>
              <td className="py-2 pr-3"><TierCell tier={cycle.standard} today={today} /></td>
              <td className="py-2 pr-3"><TierCell tier={cycle.maintenance} today={today} /></td>
              <td className="py-2 pr-3"><TierCell tier={cycle.extended} today={today} /></td>
              <td className="py-2 pr-3"><SupportBadge state={cycleStatus(cycle, today)} /></td>
              <td className="py-2">
                <details>
                  <summary className="cursor-pointer text-xs">{cycle.sources.length} source{cycle.sources.length === 1 ? "" : "s"}{cycle.note ? " and a note" : ""}</summary>
                  {cycle.note ? <p className="mt-1 text-xs">{cycle.note}</p> : null}
                  <ul className="mt-1 flex flex-col gap-1">
                    {cycle.sources.map((s) => (
                      <li key={s.id}><SourceCitation source={s} quote={s.quote} /></li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
