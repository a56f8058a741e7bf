import { diffDistros } from "@/lib/catalog/history";
import type { DecisionResult } from "@/lib/decide/decide";
import type { SourcedScoringCatalog } from "@/lib/decide/types";
import { buildSnapshot, type ReportSnapshot } from "@/lib/report/snapshot";
import type { CatalogVersion } from "@/lib/validations/api";
import type { Change } from "@/lib/validations/changes";

/** What moved under a saved decision: the changes to its options' facts and the same inputs ranked on today's catalog. */
export type Staleness = {
  savedOn: CatalogVersion;
  now: CatalogVersion;
  changes: Change[];
  /** null when none of the options is still in the catalog. */
  recomputed: DecisionResult | null;
  /** Options the current catalog no longer has. */
  removed: string[];
};

/**
 * Compares a report with the current catalog; null when it was computed on
 * the current version. Only its options are compared, and only what the
 * decision read of them (the scored facts, the recorded facts, the releases).
 */
export function reportStaleness(s: ReportSnapshot, catalog: SourcedScoringCatalog, now: CatalogVersion, today: string): Staleness | null {
  if (s.catalogVersion.hash === now.hash) return null;
  const current = catalog.distros.filter((d) => s.candidates.includes(d.slug));
  const changes = diffDistros(s.distros, current, now, () => s.catalogVersion.loadedAt);
  const removed = s.candidates.filter((slug) => !current.some((d) => d.slug === slug));
  const kept = s.candidates.filter((slug) => !removed.includes(slug));
  const current0 = s.result.current && kept.includes(s.result.current) ? s.result.current : undefined;
  const again =
    kept.length === 0
      ? null
      : buildSnapshot(
          { candidates: kept, requirements: s.requirements, weights: s.weights, current: current0, strict: s.result.strict, title: s.title },
          catalog,
          now,
          today,
          s.id,
          s.createdAt,
        );
  return { savedOn: s.catalogVersion, now, changes, recomputed: again?.ok ? again.snapshot.result : null, removed };
}
