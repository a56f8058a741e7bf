import { CRITERIA } from "@/lib/decide/criteria";
import { rankCandidates, roundScore, winnerOf, type Ranking } from "@/lib/decide/score";
import type { ScoringCatalog } from "@/lib/decide/types";
import { MAX_WEIGHT, type CriterionKey, type Weights } from "@/lib/decide/inputs";
import type { Requirements } from "@/lib/validations/report";

/** A margin under this many points is "no clear winner". */
export const CLEAR_MARGIN = 10;

export type WeightFlip = { criterion: CriterionKey; label: string; from: number; to: number; newLeader: string | null };
export type Sensitivity = { margin: number | null; noClearWinner: boolean; flip: WeightFlip | null };

/**
 * The margin between first and second, and the smallest change to one
 * weight (within 0–5) that changes who leads; a change that makes the top
 * a tie counts, since the winner is then no longer clear-cut.
 */
export function sensitivity(
  catalog: ScoringCatalog,
  candidates: string[],
  requirements: Requirements,
  weights: Weights,
  today: string,
  ranking: Ranking,
  strict = false,
): Sensitivity {
  const [first, second] = ranking.ranked;
  const margin = first && second ? roundScore(first.score - second.score) : null;
  const noClearWinner = margin !== null && margin < CLEAR_MARGIN;
  const winner = winnerOf(ranking);
  if (!first || !second) return { margin, noClearWinner, flip: null };
  let flip: WeightFlip | null = null;
  for (let delta = 1; delta <= MAX_WEIGHT && !flip; delta++) {
    for (const c of CRITERIA) {
      for (const to of [weights[c.key] - delta, weights[c.key] + delta]) {
        if (to < 0 || to > MAX_WEIGHT) continue;
        const changed = rankCandidates(catalog, candidates, requirements, { ...weights, [c.key]: to }, today, strict);
        const leader = winnerOf(changed);
        if (leader !== winner) {
          flip = { criterion: c.key, label: c.label, from: weights[c.key], to, newLeader: leader };
          break;
        }
      }
      if (flip) break;
    }
  }
  return { margin, noClearWinner, flip };
}
