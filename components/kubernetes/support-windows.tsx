import { SourceCitation } from "@/components/source-citation";
import { StatusBadge } from "@/components/status-badge";
import { SupportBadge } from "@/components/support-badge";
import { windowLabel } from "@/lib/kubernetes/effective";
import { formatDate, supportState } from "@/lib/lifecycle";
import type { EffectiveSupport } from "@/lib/validations/api";

const STAGE: Record<EffectiveSupport["stage"], string> = { ga: "", preview: " (preview)", retired: " (no longer offered)" };

/** A node OS's support window on each managed Kubernetes service that offers it: the earlier of its own end and the version's. */
export function SupportWindows({ windows, today }: { windows: EffectiveSupport[]; today: string }) {
  if (windows.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">No managed Kubernetes service in the catalog offers it as a node OS.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid="support-windows">
        <caption className="sr-only">Effective support on each managed Kubernetes service, on the newest version offered with this OS</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Service and version
            </th>
            <th scope="col" className="py-2 pr-3">
              Standard support to
            </th>
            <th scope="col" className="py-2 pr-3">
              Extended support to
            </th>
            <th scope="col" className="py-2">
              What ends first
            </th>
          </tr>
        </thead>
        <tbody>
          {windows.map((w) => (
            <tr key={`${w.service}-${w.nodeOs}`} className="border-b border-slate-200 align-top dark:border-slate-800" data-testid="support-window">
              <th scope="row" className="py-2 pr-3 font-medium">
                {windowLabel(w)}
                <span className="block text-xs font-normal muted">{`${w.nodeOs} nodes${STAGE[w.stage]}`}</span>
                {w.status !== "confirmed" ? (
                  <span
                    className="mt-1 block font-normal"
                    title={
                      w.status === "reported"
                        ? "The dates come from a tracker that copies the service's calendar"
                        : "The dates are worked out from the service's stated rule"
                    }
                  >
                    <StatusBadge status={w.status} />
                  </span>
                ) : null}
                <details className="mt-1 font-normal">
                  <summary className="cursor-pointer text-xs muted">Sources</summary>
                  <ul className="mt-1 flex flex-col gap-1">
                    {w.sources.map((s, i) => (
                      <li key={`${s.id}-${i}`}>
                        <SourceCitation source={s} quote={s.quote} />
                      </li>
                    ))}
                  </ul>
                </details>
              </th>
              <td className="py-2 pr-3">
                {w.standardEnd ? formatDate(w.standardEnd) : "Not published"}
                <span className="mt-1 block">
                  <SupportBadge state={supportState(w.standardEnd, today)} />
                </span>
              </td>
              <td className="py-2 pr-3">
                {w.extendedEnd
                  ? `${formatDate(w.extendedEnd)}${w.extendedPaid ? " (paid)" : ""}`
                  : w.extendedOffered
                    ? "End not published"
                    : "No extended period"}
                <span className="block text-xs muted">{w.extendedName}</span>
              </td>
              <td className="py-2">
                {w.limitedBy === "os" && w.os?.end
                  ? `${w.os.release}: ${w.os.tierName.toLowerCase()} ends ${formatDate(w.os.end)}, before Kubernetes ${w.version}`
                  : `Kubernetes ${w.version} on ${w.serviceShortName}${w.os?.end ? ` (the OS's own end is ${formatDate(w.os.end)})` : "; the OS publishes no end of its own"}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
