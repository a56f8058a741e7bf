import { CRITERIA } from "@/lib/decide/criteria";
import { decide, fullWeights, type DecisionResult } from "@/lib/decide/decide";
import type { ScoringAttribute, SourcedScoringCatalog, SourcedScoringDistro } from "@/lib/decide/types";
import type { CatalogVersion, SourceRef } from "@/lib/validations/api";
import type { CriterionKey, Weights } from "@/lib/decide/inputs";
import type { ReportInput, Requirements } from "@/lib/validations/report";
import { decideHref } from "@/lib/decide/url";

/**
 * Everything a saved report shows, frozen at save time: the inputs, the
 * computed result, the claims, releases and sources it read, and the catalog
 * version. Rendering reads only this, so later catalog loads change nothing.
 */
export type ReportSnapshot = {
  id: string;
  createdAt: string;
  number: number;
  title: string;
  context: string;
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  candidates: string[];
  requirements: Requirements;
  weights: Weights;
  result: DecisionResult;
  catalogVersion: CatalogVersion;
  criteria: { key: CriterionKey; label: string; rule: string }[];
  distros: SourcedScoringDistro[];
  attributes: ScoringAttribute[];
  sources: SourceRef[];
};

export const DEFAULT_TITLE = "our cloud Linux hosts";

export type SnapshotOutcome = { ok: true; snapshot: ReportSnapshot } | { ok: false; error: string };

/** Every source the snapshot's claims and releases cite, each once, sorted by title. */
export function sourcesUsed(distros: SourcedScoringDistro[]): SourceRef[] {
  const byId = new Map<string, SourceRef>();
  // A citation carries the quote of the value citing it; the list names the source alone.
  const add = ({ quote: _quote, ...source }: SourceRef & { quote?: unknown }) => byId.set(source.id, source);
  for (const d of distros) {
    for (const a of d.attributes) for (const c of a.claims) for (const s of c.sources) add(s);
    for (const r of d.releases) for (const s of r.sources) add(s);
    for (const w of d.managedKubernetes ?? []) for (const s of w.sources) add(s);
  }
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
}

export function buildSnapshot(
  input: ReportInput,
  catalog: SourcedScoringCatalog,
  version: CatalogVersion,
  today: string,
  id: string,
  createdAt: string,
): SnapshotOutcome {
  const unknown = input.candidates.filter((s) => !catalog.distros.some((d) => d.slug === s));
  if (unknown.length > 0) return { ok: false, error: `candidates: unknown distro${unknown.length > 1 ? "s" : ""} ${unknown.map((s) => `"${s}"`).join(", ")}` };
  if (input.current && !catalog.distros.some((d) => d.slug === input.current)) return { ok: false, error: `current: unknown distro "${input.current}"` };
  // The OS in use today is always among the considered options.
  const candidates = [...new Set([...input.candidates, ...(input.current ? [input.current] : [])])];
  const requirements = input.requirements ?? {};
  const weights = fullWeights(input.weights);
  const distros = candidates.map((s) => catalog.distros.find((d) => d.slug === s)).filter((d): d is SourcedScoringDistro => d !== undefined);
  const result = decide(
    { distros, attributes: catalog.attributes },
    { candidates, requirements, weights, current: input.current ?? null, strict: input.strict ?? false },
    today,
  );
  return {
    ok: true,
    snapshot: {
      id,
      createdAt,
      number: input.number ?? 1,
      title: input.title || DEFAULT_TITLE,
      context: input.context ?? "",
      decisionMakers: input.decisionMakers ?? [],
      consulted: input.consulted ?? [],
      informed: input.informed ?? [],
      candidates,
      requirements,
      weights,
      result,
      catalogVersion: version,
      criteria: CRITERIA.map(({ key, label, rule }) => ({ key, label, rule })),
      distros,
      attributes: catalog.attributes,
      sources: sourcesUsed(distros),
    },
  };
}

export function distroName(s: ReportSnapshot, slug: string | null): string {
  return s.distros.find((d) => d.slug === slug)?.name ?? slug ?? "";
}

/** "Use Bottlerocket for the AKS fleet"; when nothing or a tie leads, the heading says so. */
export function headline(s: ReportSnapshot): string {
  const { winner, tiedForFirst } = s.result;
  if (winner) return `Use ${distroName(s, winner)} for ${s.title}`;
  if (tiedForFirst.length > 0) return `Choose between ${tiedForFirst.map((x) => distroName(s, x)).join(" and ")} for ${s.title}`;
  return `No candidate meets the requirements for ${s.title}`;
}

/** A "slug" for file names: the winner, else "undecided". */
export function fileStem(s: ReportSnapshot): string {
  return s.result.winner ? `use-${s.result.winner}` : "undecided";
}

type LegacyCheck = { requirement: string; label: string; reason: string; pass?: boolean; outcome?: string; needsChecking?: string | null };

/**
 * Reports saved before requirements had three outcomes stored `pass`; they
 * open with pass read as met or unmet, no unverified candidates, no status
 * quo and strict off, which is how they were computed.
 */
export function upgradeSnapshot(raw: ReportSnapshot): ReportSnapshot {
  const check = (c: LegacyCheck) => ({ ...c, outcome: c.outcome ?? (c.pass ? "met" : "unmet"), needsChecking: c.needsChecking ?? null });
  const r = raw.result as DecisionResult & { ranked: (DecisionResult["ranked"][number] & { unverified?: unknown })[] };
  return {
    ...raw,
    result: {
      ...r,
      current: r.current ?? null,
      strict: r.strict ?? false,
      ranked: r.ranked.map((c) => ({
        ...c,
        requirements: (c.requirements as LegacyCheck[]).map(check),
        unverified: (c.unverified as LegacyCheck[] | undefined)?.map(check) ?? [],
      })),
      excluded: r.excluded.map((x) => ({
        ...x,
        failed: (x.failed as LegacyCheck[]).map(check),
        requirements: ((x.requirements ?? x.failed) as LegacyCheck[]).map(check),
      })),
    } as DecisionResult,
  };
}

/** The /decide address that reproduces this report's decision on today's catalog. */
export function reproduceHref(s: ReportSnapshot): string {
  return decideHref({
    candidates: s.candidates,
    requirements: s.requirements,
    weights: s.weights,
    current: s.result.current ?? null,
    strict: s.result.strict ?? false,
  });
}
