import { ClaimSources } from "@/components/claim-sources";
import { ClaimValue } from "@/components/claim-value";
import { windowLabel } from "@/lib/kubernetes/effective";
import { formatDate } from "@/lib/format-date";
import type { LifecycleDistro } from "@/lib/data/views";

/**
 * Container hosts whose support follows the managed Kubernetes version: the
 * rule with its sources, and the window that follows on each service offering it.
 */
export function EffectiveSupport({ distros }: { distros: LifecycleDistro[] }) {
  const withRule = distros.filter((d) => d.supportFollows);
  if (withRule.length === 0) return null;
  return (
    <section aria-labelledby="effective-heading" className="flex flex-col gap-3" data-testid="effective-support">
      <h2 id="effective-heading" className="text-xl font-semibold">
        Effective support on managed Kubernetes
      </h2>
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        These hosts publish no end date of their own that a node can rely on; how long a node gets fixes follows the managed Kubernetes service and version it
        runs on.
      </p>
      <ul className="flex flex-col gap-3">
        {withRule.map((d) => (
          <li key={d.slug} className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
            <h3 className="font-medium">{d.name}</h3>
            {d.supportFollows?.claims.map((c, i) => (
              <div key={i} className="mt-1 flex flex-col gap-1 text-sm">
                <p>
                  {"Rule: "}
                  <ClaimValue claim={c} />
                </p>
                {c.note ? <p className="text-slate-700 dark:text-slate-300">{c.note}</p> : null}
                <ClaimSources sources={c.sources} status={c.status} />
              </div>
            ))}
            <div className="mt-2 text-sm" data-testid="effective-windows">
              <span className="font-medium">Resulting dates:</span>{" "}
              {d.windows.length === 0 ? (
                "none: no managed Kubernetes service in the catalog offers it."
              ) : (
                <ul className="mt-1 list-disc pl-5">
                  {d.windows.map((w) => (
                    <li key={`${w.service}-${w.nodeOs}`}>
                      {`${windowLabel(w)} (${w.nodeOs}${w.stage === "retired" ? ", no longer offered" : w.stage === "preview" ? ", preview" : ""}): ${w.standardName.toLowerCase()} to ${w.standardEnd ? formatDate(w.standardEnd) : "a date not published"}`}
                      {w.extendedEnd
                        ? `; ${w.extendedName.toLowerCase()}${w.extendedPaid ? " (paid)" : ""} to ${formatDate(w.extendedEnd)}`
                        : w.extendedOffered
                          ? `; ${w.extendedName.toLowerCase()}: end not published`
                          : ""}
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-1 muted">
                Each is the newest Kubernetes version the service offers with this OS; older versions end sooner.{" "}
                <a href="/kubernetes" className="underline">
                  Version calendars
                </a>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
