import { ChangeList } from "@/components/changes/change-list";
import { IntentLink } from "@/components/intent-link";
import { changeDateLabel } from "@/lib/changes/dates";
import { reproduceHref, type ReportSnapshot } from "@/lib/report/snapshot";
import type { Staleness } from "@/lib/report/staleness";

const th = "border-b border-slate-300 px-2 py-1.5 text-left font-semibold dark:border-slate-700";
const td = "border-b border-slate-200 px-2 py-1.5 align-top dark:border-slate-800";

function place(result: NonNullable<Staleness["recomputed"]> | ReportSnapshot["result"], slug: string): string {
  const r = result.ranked.find((c) => c.slug === slug);
  if (r) return `${r.rank}. (${r.score.toFixed(1)})`;
  return result.excluded.some((c) => c.slug === slug) ? "excluded" : "—";
}

/** Says the catalog moved since the decision, which of its facts changed, and how the same inputs rank today beside the original ranking. */
export function StaleNotice({ report: s, staleness: st, nameOf }: { report: ReportSnapshot; staleness: Staleness; nameOf: (slug: string) => string }) {
  const again = st.recomputed;
  const winnerNow = again?.winner ?? null;
  const same = again !== null && winnerNow === s.result.winner;
  return (
    <section
      aria-labelledby="stale-h"
      className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50 print:bg-transparent"
      data-testid="stale-notice"
    >
      <h2 id="stale-h" className="text-xl font-semibold">
        The catalog changed since this decision
      </h2>
      <p className="mt-1 text-sm">
        {`This decision was computed on the catalog of ${changeDateLabel(st.savedOn.loadedAt)}; the catalog now in use was loaded on ${changeDateLabel(st.now.loadedAt)}. `}
        {st.changes.length === 0
          ? "None of the facts this decision read about its options changed."
          : `${st.changes.length} ${st.changes.length === 1 ? "fact" : "facts"} about its options changed.`}{" "}
        {again === null
          ? "None of its options is still in the catalog, so it cannot be ranked again."
          : same
            ? "Ranked again on today's catalog, the same inputs lead to the same choice."
            : `Ranked again on today's catalog, the same inputs now lead to ${winnerNow ? nameOf(winnerNow) : "no single choice"}.`}
      </p>
      {st.removed.length > 0 ? <p className="mt-1 text-sm">No longer in the catalog: {st.removed.map(nameOf).join(", ")}.</p> : null}
      {again ? (
        <div className="mt-3 overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Original and recomputed ranking (scrolls sideways)">
          <table className="w-full min-w-[28rem] border-collapse text-sm" data-testid="recomputed-ranking">
            <caption className="mb-1 text-left font-medium">Original ranking beside the same inputs on today&apos;s catalog (rank, score out of 100)</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Option
                </th>
                <th scope="col" className={th}>{`When decided (${s.createdAt.slice(0, 10)})`}</th>
                <th scope="col" className={th}>{`Today (${again.today})`}</th>
              </tr>
            </thead>
            <tbody>
              {s.candidates.map((slug) => (
                <tr key={slug}>
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {nameOf(slug)}
                  </th>
                  <td className={td}>{place(s.result, slug)}</td>
                  <td className={td}>{st.removed.includes(slug) ? "not in the catalog" : place(again, slug)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="no-print mt-3 text-sm">
        <IntentLink href={reproduceHref(s)} className="link">
          Open these inputs in the decision builder
        </IntentLink>{" "}
        to save an updated decision.
      </p>
      {st.changes.length > 0 ? (
        <details className="mt-3" open={st.changes.length <= 8}>
          <summary className="cursor-pointer font-medium">What changed about its options ({st.changes.length})</summary>
          <div className="mt-2">
            <ChangeList changes={st.changes} headingLevel={3} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
