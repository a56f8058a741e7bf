import { LazyScoreChart } from "@/components/report/score-chart-lazy";
import type { DecisionResult } from "@/lib/decide/decide";
import { formatDate } from "@/lib/lifecycle";
import { CLEAR_MARGIN } from "@/lib/decide/sensitivity";

type Props = { result: DecisionResult; criteria: { key: string; label: string }[]; nameOf: (slug: string | null) => string };

const th = "border-b border-slate-300 px-2 py-1.5 text-left font-semibold dark:border-slate-700";
const td = "border-b border-slate-200 px-2 py-1.5 align-top dark:border-slate-800";

/** Ranking, breakdown, exclusions, caveats, sensitivity and revisit date; used live on /decide and frozen on /reports/[id]. */
export function ResultView({ result, criteria, nameOf }: Props) {
  const { ranked, excluded, caveats, sensitivity, winner, tiedForFirst, revisit } = result;
  return (
    <div className="space-y-6">
      <p className="text-lg" data-testid="outcome">
        {winner ? (
          <>Leading option: <strong>{nameOf(winner)}</strong> ({ranked[0]?.score.toFixed(1)} of 100)</>
        ) : tiedForFirst.length > 0 ? (
          <>Tie for first: <strong>{tiedForFirst.map(nameOf).join(" and ")}</strong> ({ranked[0]?.score.toFixed(1)} of 100 each)</>
        ) : (
          <>No candidate meets every hard requirement.</>
        )}
      </p>
      {ranked.length > 0 && (
        <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Ranking table (scrolls sideways)">
          <table className="w-full min-w-[40rem] border-collapse text-sm print:min-w-0 print:text-xs" data-testid="ranking">
            <caption className="mb-2 text-left text-sm muted">Ranking: points each criterion adds to the score (0–100)</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>Rank</th>
                <th scope="col" className={th}>Option</th>
                <th scope="col" className={`${th} text-right`}>Score</th>
                {criteria.map((c) => <th key={c.key} scope="col" className={`${th} text-right`}>{c.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {ranked.map((c) => (
                <tr key={c.slug} data-slug={c.slug}>
                  <td className={td}>{c.rank}{c.tiedWith.length > 0 ? " (tie)" : ""}</td>
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {c.name}
                    {c.flagged.length > 0 && (
                      <span className="mt-1 block w-fit rounded bg-amber-100 px-1 text-xs font-normal text-amber-900 dark:bg-amber-900 dark:text-amber-100" title={c.flagged.join("\n")}>
                        ⚑ {c.flagged.length} value{c.flagged.length > 1 ? "s" : ""} read conservatively
                      </span>
                    )}
                  </th>
                  <td className={`${td} text-right font-semibold tabular-nums`}>{c.score.toFixed(1)}</td>
                  {c.breakdown.map((b) => <td key={b.criterion} className={`${td} text-right tabular-nums`} title={b.detail}>{b.points.toFixed(1)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ranked.length > 0 && <LazyScoreChart rows={ranked.map((c) => ({ name: c.name, points: c.breakdown.map((b) => b.points) }))} criteria={criteria} />}
      {ranked.length > 0 && (
        <section aria-labelledby="reasons-h">
          <h3 id="reasons-h" className="font-semibold">Reasons and flagged values</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {ranked.map((c) => (
              <li key={c.slug}>
                <strong>{c.name}</strong>: {c.reasons.join("; ") || "no criterion scores above zero"}
                {c.flagged.length > 0 && <span className="block text-amber-900 dark:text-amber-200">⚑ {c.flagged.join("; ")}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {excluded.length > 0 && (
        <section aria-labelledby="excluded-h">
          <h3 id="excluded-h" className="font-semibold">Excluded by a hard requirement</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="exclusions">
            {excluded.map((x) => (
              <li key={x.slug} data-slug={x.slug}>
                <strong>{x.name}</strong>: {x.failed.map((f) => `${f.label} — ${f.reason}`).join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
      {caveats.length > 0 && (
        <section aria-labelledby="caveats-h">
          <h3 id="caveats-h" className="font-semibold">Caveats</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">{caveats.map((c) => <li key={`${c.slug}-${c.kind}`}>{c.text}</li>)}</ul>
        </section>
      )}
      <section aria-labelledby="sensitivity-h">
        <h3 id="sensitivity-h" className="font-semibold">Sensitivity</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="sensitivity">
          <li>
            {sensitivity.margin === null
              ? "Fewer than two options remain, so there is no margin."
              : `Margin between first and second: ${sensitivity.margin.toFixed(1)} points${sensitivity.noClearWinner ? ` — no clear winner (under ${CLEAR_MARGIN} points)` : ""}.`}
          </li>
          {sensitivity.flip ? (
            <li>
              Smallest single-weight change that changes the winner: {sensitivity.flip.label} from {sensitivity.flip.from} to {sensitivity.flip.to} (
              {sensitivity.flip.newLeader ? `${nameOf(sensitivity.flip.newLeader)} would lead` : "the top would become a tie"}).
            </li>
          ) : sensitivity.margin !== null ? <li>No change to a single weight within 0–5 changes the winner.</li> : null}
        </ul>
      </section>
      {revisit && (
        <p className="text-sm" data-testid="revisit">
          <strong>Revisit by {formatDate(revisit.date)}</strong> ({revisit.date}): {revisit.basis}.
        </p>
      )}
    </div>
  );
}
