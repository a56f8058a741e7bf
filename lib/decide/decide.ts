import { caveatsFor, type Caveat } from "@/lib/decide/caveats";
import { revisitDate, type Revisit } from "@/lib/decide/revisit";
import { rankCandidates, winnerOf, type ExcludedCandidate, type RankedCandidate } from "@/lib/decide/score";
import { sensitivity, type Sensitivity } from "@/lib/decide/sensitivity";
import type { ScoringCatalog } from "@/lib/decide/types";
import { DEFAULT_WEIGHTS, type Weights } from "@/lib/decide/inputs";
import type { Requirements, WeightsInput } from "@/lib/validations/report";

export type DecisionInput = { candidates: string[]; requirements: Requirements; weights: Weights };
export type DecisionResult = DecisionInput & {
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
  const { candidates, requirements, weights } = input;
  const ranking = rankCandidates(catalog, candidates, requirements, weights, today);
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
    today,
    ...ranking,
    winner,
    tiedForFirst,
    caveats,
    sensitivity: sensitivity(catalog, candidates, requirements, weights, today, ranking),
    revisit: lead ? revisitDate(lead, today) : null,
  };
}
