import { CRITERIA, type CriterionContext } from "@/lib/decide/criteria";
import { checkRequirements, type RequirementCheck } from "@/lib/decide/requirements";
import { attributeLabel } from "@/lib/decide/describe";
import type { Flag, ScoringAttribute, ScoringCatalog, ScoringDistro } from "@/lib/decide/types";
import type { CriterionKey, Weights } from "@/lib/decide/inputs";
import type { Requirements } from "@/lib/validations/report";

export type BreakdownItem = {
  criterion: CriterionKey;
  label: string;
  weight: number;
  value: number;
  points: number;
  detail: string;
  flags: { attribute: string; flag: Flag }[];
};
/** requirements: every active requirement's outcome; unverified: those the catalog cannot show are met (the candidate is flagged, not dropped). */
export type RankedCandidate = {
  slug: string;
  name: string;
  score: number;
  rank: number;
  tiedWith: string[];
  breakdown: BreakdownItem[];
  flagged: string[];
  reasons: string[];
  requirements: RequirementCheck[];
  unverified: RequirementCheck[];
};
/** failed: the requirements that excluded it (unmet; with strict, unverified too). */
export type ExcludedCandidate = { slug: string; name: string; failed: RequirementCheck[]; requirements: RequirementCheck[] };
export type Ranking = { ranked: RankedCandidate[]; excluded: ExcludedCandidate[] };

/** Scores are shown to one decimal; two scores equal at that precision are a tie. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}
export const isTie = (a: number, b: number) => roundScore(a) === roundScore(b);

/** Score 0–100: the weight-averaged criterion values; each criterion's points add up to the score. */
export function scoreDistro(d: ScoringDistro, weights: Weights, ctx: CriterionContext): { score: number; breakdown: BreakdownItem[] } {
  const weightSum = CRITERIA.reduce((s, c) => s + weights[c.key], 0);
  const breakdown = CRITERIA.map((c) => {
    const r = c.evaluate(d, ctx);
    const weight = weights[c.key];
    const points = weightSum === 0 ? 0 : (100 * weight * r.value) / weightSum;
    return { criterion: c.key, label: c.label, weight, value: r.value, points, detail: r.detail, flags: r.flags };
  });
  return { score: breakdown.reduce((s, b) => s + b.points, 0), breakdown };
}

const FLAG_TEXT: Record<Flag, string> = {
  unknown: "unknown: no source states it, scored as the least favourable value",
  disputed: "disputed: sources disagree, scored at the less favourable position",
  inferred: "inferred: our inference, not a sourced fact",
  reported: "reported: stated by press or community sources only, not by the vendor",
};

function flaggedText(breakdown: BreakdownItem[], attributes: ScoringAttribute[]): string[] {
  const out = new Set<string>();
  for (const b of breakdown) {
    if (b.weight === 0) continue;
    for (const f of b.flags) out.add(`${attributeLabel(attributes, f.attribute)} ${FLAG_TEXT[f.flag]} (${b.label})`);
  }
  return [...out];
}

function reasonsFor(breakdown: BreakdownItem[]): string[] {
  return [...breakdown]
    .filter((b) => b.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 2)
    .map((b) => `${b.label} ${Math.round(b.value * 100)}%: ${b.detail}`);
}

/**
 * Applies the hard requirements, then ranks what remains; order among exact
 * ties follows the candidate list. A candidate that fails a requirement is
 * excluded; one whose values cannot show it meets one is ranked and flagged,
 * or excluded too when `strict`.
 */
export function rankCandidates(
  catalog: ScoringCatalog,
  candidates: string[],
  requirements: Requirements,
  weights: Weights,
  today: string,
  strict = false,
): Ranking {
  const ctx: CriterionContext = { today, attributes: catalog.attributes };
  const ranked: RankedCandidate[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const slug of candidates) {
    const d = catalog.distros.find((x) => x.slug === slug);
    if (!d) continue;
    const checks = checkRequirements(d, requirements, today, catalog.attributes);
    const failed = checks.filter((c) => c.outcome === "unmet" || (strict && c.outcome === "unverified"));
    if (failed.length > 0) {
      excluded.push({ slug, name: d.name, failed, requirements: checks });
      continue;
    }
    const { score, breakdown } = scoreDistro(d, weights, ctx);
    const unverified = checks.filter((c) => c.outcome === "unverified");
    ranked.push({
      slug,
      name: d.name,
      score,
      rank: 0,
      tiedWith: [],
      breakdown,
      flagged: flaggedText(breakdown, catalog.attributes),
      reasons: reasonsFor(breakdown),
      requirements: checks,
      unverified,
    });
  }
  ranked.sort((a, b) => roundScore(b.score) - roundScore(a.score));
  ranked.forEach((c, i) => {
    const prev = ranked[i - 1];
    c.rank = prev && isTie(prev.score, c.score) ? prev.rank : i + 1;
  });
  for (const c of ranked) c.tiedWith = ranked.filter((o) => o !== c && isTie(o.score, c.score)).map((o) => o.slug);
  return { ranked, excluded };
}

/** The sole leader, or null when nothing remains or the top is a tie. */
export function winnerOf(ranking: Ranking): string | null {
  const [first, second] = ranking.ranked;
  if (!first) return null;
  return second && isTie(first.score, second.score) ? null : first.slug;
}
