import { caveatsFor, type Caveat } from "@/lib/decide/caveats";
import { revisitDate, type Revisit } from "@/lib/decide/revisit";
import { rankCandidates, winnerOf, type ExcludedCandidate, type RankedCandidate } from "@/lib/decide/score";
import { sensitivity, type Sensitivity } from "@/lib/decide/sensitivity";
import type { ScoringCatalog } from "@/lib/decide/types";
import { DEFAULT_WEIGHTS, type Weights } from "@/lib/decide/inputs";
import type { Requirements, WeightsInput } from "@/lib/validations/report";

/** current: the OS in use today (the status quo), considered like any candidate; strict: unverified requirements exclude. */
export type DecisionInput = { candidates: string[]; requirements: Requirements; weights: Weights; current?: string | null; strict?: boolean };
export type DecisionResult = Omit<DecisionInput, "current" | "strict"> & {
  current: string | null;
  strict: boolean;
  today: string;
  ranked: RankedCandidate[];
  excluded: ExcludedCandidate[];
  /** null when nothing remains or the top is a tie. */
  winner: string | null;
  /** Slugs sharing first place when the top is a tie. */
  tiedForFirst: string[];
  caveats: Caveat[];
  sensitivity: Sensitivity;
  /** For the winner, or the first listed of a tie; null when nothing remains. */
  revisit: Revisit | null;
};

export function fullWeights(w: WeightsInput | undefined): Weights {
  return { ...DEFAULT_WEIGHTS, ...Object.fromEntries(Object.entries(w ?? {}).filter(([, v]) => v !== undefined)) };
}

/** The whole decision: exclusions, ranking, caveats, sensitivity and the revisit date. Pure; `today` is YYYY-MM-DD. */
export function decide(catalog: ScoringCatalog, input: DecisionInput, today: string): DecisionResult {
  const { requirements, weights } = input;
  const strict = input.strict ?? false;
  const current = input.current && catalog.distros.some((d) => d.slug === input.current) ? input.current : null;
  // The status quo is always among the considered options.
  const candidates = current && !input.candidates.includes(current) ? [...input.candidates, current] : input.candidates;
  const ranking = rankCandidates(catalog, candidates, requirements, weights, today, strict);
  const winner = winnerOf(ranking);
  const first = ranking.ranked[0];
  const tiedForFirst = winner === null && first ? [first.slug, ...first.tiedWith] : [];
  const caveats = ranking.ranked.flatMap((c) => {
    const d = catalog.distros.find((x) => x.slug === c.slug);
    return d ? caveatsFor(d) : [];
  });
  const lead = catalog.distros.find((d) => d.slug === (winner ?? first?.slug));
  return {
    candidates,
    requirements,
    weights,
    current,
    strict,
    today,
    ...ranking,
    winner,
    tiedForFirst,
    caveats,
    sensitivity: sensitivity(catalog, candidates, requirements, weights, today, ranking, strict),
    revisit: lead
      ? revisitDate(
          lead,
          today,
          catalog.distros.filter((d) => candidates.includes(d.slug)),
        )
      : null,
  };
}
