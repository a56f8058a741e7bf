import { SourceCitation } from "@/components/source-citation";
import { StatusBadge } from "@/components/status-badge";
import { SupportBadge } from "@/components/support-badge";
import { formatDate, supportState } from "@/lib/lifecycle";
import type { ManagedServiceView } from "@/lib/validations/api";

/** One service's Kubernetes versions, newest first, with each period's end and the page that states it. */
export function VersionCalendar({ service, today }: { service: ManagedServiceView; today: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid={`versions-${service.slug}`}>
        <caption className="sr-only">{`${service.shortName} Kubernetes versions, newest first`}</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Version
            </th>
            <th scope="col" className="py-2 pr-3">
              Released
            </th>
            <th scope="col" className="py-2 pr-3">{`${service.standardName} ends`}</th>
            <th scope="col" className="py-2 pr-3">{`${service.extendedName} ends${service.extendedPaid ? " (paid)" : ""}`}</th>
            <th scope="col" className="py-2">
              Today
            </th>
          </tr>
        </thead>
        <tbody>
          {service.versions.map((v) => {
            // Judged on standard support while it runs; after it, on the extended period the version may still have.
            const standard = supportState(v.standardEnd, today);
            const extendedLive = v.extended && (v.extendedEnd === null || v.extendedEnd >= today);
            const state = standard !== "ended" || !extendedLive ? standard : service.extendedPaid ? "paid-only" : supportState(v.extendedEnd, today);
            return (
              <tr key={v.version} className="border-b border-slate-200 align-top dark:border-slate-800" data-testid="kubernetes-version">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {v.version}
                  {v.status !== "confirmed" ? (
                    <span className="ml-2 font-normal">
                      <StatusBadge status={v.status} />
                    </span>
                  ) : null}
                  <details className="mt-1 font-normal">
                    <summary className="cursor-pointer text-xs muted">
                      {v.status === "confirmed" ? "Sources" : v.status === "reported" ? "Sources: dates from a tracker" : "Sources: dates worked out"}
                      {v.note ? " and notes" : ""}
                    </summary>
                    {v.note ? <p className="mt-1 text-xs">{v.note}</p> : null}
                    <ul className="mt-1 flex flex-col gap-1">
                      {v.sources.map((s) => (
                        <li key={s.id}>
                          <SourceCitation source={s} quote={s.quote} />
                        </li>
                      ))}
                    </ul>
                  </details>
                </th>
                <td className="py-2 pr-3">{v.released ? formatDate(v.released) : "Not published"}</td>
                <td className="py-2 pr-3">{v.standardEnd ? formatDate(v.standardEnd) : "Not published"}</td>
                <td className="py-2 pr-3">{v.extended ? (v.extendedEnd ? formatDate(v.extendedEnd) : "Not published") : "Not offered"}</td>
                <td className="py-2">
                  <SupportBadge state={state} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
