import { LazyScoreChart } from "@/components/report/score-chart-lazy";
import type { DecisionResult } from "@/lib/decide/decide";
import { formatDate } from "@/lib/lifecycle";
import { CLEAR_MARGIN } from "@/lib/decide/sensitivity";

/** live: the ranking changes as inputs change (on /decide), so its summary is announced. */
type Props = { result: DecisionResult; criteria: { key: string; label: string }[]; nameOf: (slug: string | null) => string; live?: boolean };

function counts(result: DecisionResult): string {
  const unverified = result.ranked.filter((c) => (c.unverified ?? []).length > 0).length;
  const parts = [`${result.ranked.length} ranked`];
  if (unverified > 0) parts.push(`${unverified} unverified`);
  if (result.excluded.length > 0) parts.push(`${result.excluded.length} excluded`);
  return parts.join(", ");
}

// Tight horizontal padding: ten columns must fit beside the inputs at 1280 px.
const th = "border-b border-slate-300 px-1.5 py-1.5 text-left font-semibold dark:border-slate-700";
const td = "border-b border-slate-200 px-1.5 py-1.5 align-top dark:border-slate-800";

/** Ranking, breakdown, exclusions, caveats, sensitivity and revisit date; used live on /decide and frozen on /reports/[id]. */
export function ResultView({ result, criteria, nameOf, live = false }: Props) {
  const { ranked, excluded, caveats, sensitivity, winner, tiedForFirst, revisit } = result;
  const current = result.current ?? null;
  const unverified = ranked.filter((c) => (c.unverified ?? []).length > 0);
  return (
    <div className="space-y-6">
      <p className="text-lg" data-testid="outcome" aria-live={live ? "polite" : undefined} aria-atomic={live ? true : undefined}>
        {winner ? (
          <>
            Leading option: <strong>{nameOf(winner)}</strong> ({ranked[0]?.score.toFixed(1)} of 100){winner === current ? " — the OS in use today" : ""}
          </>
        ) : tiedForFirst.length > 0 ? (
          <>
            Tie for first: <strong>{tiedForFirst.map(nameOf).join(" and ")}</strong> ({ranked[0]?.score.toFixed(1)} of 100 each)
          </>
        ) : (
          <>No candidate meets every hard requirement.</>
        )}
        <span className="block text-sm muted">{`${counts(result)}${result.strict ? "; strict: unverified candidates are excluded" : ""}`}</span>
      </p>
      {ranked.length > 0 && (
        <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Ranking table (scrolls sideways on narrow screens)">
          <table className="w-full min-w-[40rem] border-collapse text-sm lg:min-w-0 print:min-w-0 print:text-xs" data-testid="ranking">
            <caption className="mb-2 text-left text-sm muted">Ranking: points each criterion adds to the score (0–100)</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Rank
                </th>
                <th scope="col" className={th}>
                  Option
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Score
                </th>
                {criteria.map((c) => (
                  <th key={c.key} scope="col" className={`${th} text-right text-xs leading-tight`}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ranked.map((c) => (
                <tr key={c.slug} data-slug={c.slug}>
                  <td className={td}>
                    {c.rank}
                    {c.tiedWith.length > 0 ? " (tie)" : ""}
                  </td>
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {c.name}
                    {c.slug === current && (
                      <span className="mt-1 block w-fit rounded bg-slate-100 px-1 text-xs font-normal dark:bg-slate-800">In use today</span>
                    )}
                    {(c.unverified ?? []).length > 0 && (
                      <span
                        className="mt-1 block w-fit rounded bg-sky-100 px-1 text-xs font-normal text-sky-950 dark:bg-sky-900 dark:text-sky-50"
                        data-testid="unverified-flag"
                      >
                        ? Unverified: {(c.unverified ?? []).map((u) => u.needsChecking ?? u.label).join(", ")}
                      </span>
                    )}
                    {c.flagged.length > 0 && (
                      <span
                        className="mt-1 block w-fit rounded bg-amber-100 px-1 text-xs font-normal text-amber-900 dark:bg-amber-900 dark:text-amber-100"
                        title={c.flagged.join("\n")}
                      >
                        ⚑ {c.flagged.length} value{c.flagged.length > 1 ? "s" : ""} flagged
                      </span>
                    )}
                  </th>
                  <td className={`${td} text-right font-semibold tabular-nums`}>{c.score.toFixed(1)}</td>
                  {c.breakdown.map((b) => (
                    <td key={b.criterion} className={`${td} text-right tabular-nums`} title={b.detail}>
                      {b.points.toFixed(1)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ranked.length > 0 && <LazyScoreChart rows={ranked.map((c) => ({ name: c.name, points: c.breakdown.map((b) => b.points) }))} criteria={criteria} />}
      {ranked.length > 0 && (
        <section aria-labelledby="reasons-h">
          <h3 id="reasons-h" className="font-semibold">
            Reasons and flagged values
          </h3>
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
      {unverified.length > 0 && (
        <section aria-labelledby="unverified-h">
          <h3 id="unverified-h" className="font-semibold">
            Unverified requirements
          </h3>
          <p className="text-sm muted">
            Their sources do not state whether they meet these requirements; they are ranked, not excluded. Check with the vendor before relying on them
            {result.strict ? "" : ", or turn on strict to exclude them"}.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="unverified">
            {unverified.map((c) => (
              <li key={c.slug} data-slug={c.slug}>
                <strong>{c.name}</strong>: {(c.unverified ?? []).map((u) => `${u.label} — ${u.reason}`).join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
      {excluded.length > 0 && (
        <section aria-labelledby="excluded-h">
          <h3 id="excluded-h" className="font-semibold">
            Excluded by a hard requirement
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="exclusions">
            {excluded.map((x) => (
              <li key={x.slug} data-slug={x.slug}>
                <strong>{x.name}</strong>:{" "}
                {x.failed.map((f) => `${f.label} — ${f.outcome === "unverified" ? `not verified (${f.reason})` : f.reason}`).join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
      {caveats.length > 0 && (
        <section aria-labelledby="caveats-h">
          <h3 id="caveats-h" className="font-semibold">
            Caveats
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {caveats.map((c) => (
              <li key={`${c.slug}-${c.kind}`}>{c.text}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sensitivity-h">
        <h3 id="sensitivity-h" className="font-semibold">
          Sensitivity
        </h3>
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
          ) : sensitivity.margin !== null ? (
            <li>No change to a single weight within 0–5 changes the winner.</li>
          ) : null}
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
