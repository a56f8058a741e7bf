import { attributeOf } from "@/lib/catalog/claims";
import type { Flag, Positions, ScoringDistro } from "@/lib/decide/types";
import type { ClaimValue } from "@/lib/validations/catalog";

/**
 * All positions of an attribute: one for a plain claim, several when sources
 * disagree. Scoring reads every position rather than the lead claim, so a
 * contested value counts at its least favourable, never at the preferred one.
 */
export function positionsOf(distro: ScoringDistro, key: string): Positions {
  const attr = attributeOf(distro, key);
  const claims = attr?.claims ?? [];
  const values = claims.map((c) => c.value).filter((v): v is ClaimValue => v !== null);
  return {
    values,
    unknown: values.length === 0 || claims.some((c) => c.status === "unknown"),
    disputed: claims.some((c) => c.status === "disputed"),
    inferred: claims.some((c) => c.status === "inferred"),
    reported: claims.some((c) => c.status === "reported"),
  };
}

/**
 * Conservative reading: the least favourable score over every position,
 * and 0 when no source states a value.
 */
export function leastFavourable(p: Positions, score: (v: ClaimValue) => number): number {
  if (p.unknown) return 0;
  return Math.min(...p.values.map(score));
}

/** True only when every position satisfies the test (and one is known). */
export function everyPosition(p: Positions, test: (v: ClaimValue) => boolean): boolean {
  return !p.unknown && p.values.every(test);
}

export function flagsOf(p: Positions): Flag[] {
  const flags: Flag[] = [];
  if (p.unknown) flags.push("unknown");
  if (p.disputed) flags.push("disputed");
  if (p.inferred) flags.push("inferred");
  if (p.reported) flags.push("reported");
  return flags;
}

export function asText(v: ClaimValue): string {
  return Array.isArray(v) ? v.join(", ") : String(v);
}

export function asList(v: ClaimValue): string[] {
  return Array.isArray(v) ? v : [String(v)];
}
