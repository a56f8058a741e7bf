import { compareVersions } from "@/lib/kubernetes/effective";
import type { ManagedServiceView, NodeOsView } from "@/lib/validations/api";

/** One row of the cross-cloud matrix: a node OS, and what each service offers of it. */
export type MatrixRow = {
  key: string;
  label: string;
  /** The catalog distro, when the option is one. */
  distro: string | null;
  /** Per service slug: every option of that service for this OS (a service may offer several, e.g. two Ubuntu releases). */
  cells: Record<string, NodeOsView[]>;
};

/**
 * Node OS options against services. Options of one catalog distro share a
 * row; options outside the catalog (Windows Server) are matched by name.
 * Catalog distros come first, in the order the services list them.
 */
export function buildMatrix(services: ManagedServiceView[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  for (const service of services) {
    for (const option of service.nodeOs) {
      const key = option.distro ?? `other:${option.name.toLowerCase()}`;
      const row = rows.get(key) ?? { key, label: option.distroName ?? option.name, distro: option.distro, cells: {} };
      (row.cells[service.slug] ??= []).push(option);
      rows.set(key, row);
    }
  }
  const all = [...rows.values()];
  return [...all.filter((r) => r.distro !== null), ...all.filter((r) => r.distro === null)];
}

/** Catalog distros that no service lists among its node OS options, in catalog order. */
export function notOnAnyService<D extends { slug: string }>(services: ManagedServiceView[], distros: D[]): D[] {
  const listed = new Set(services.flatMap((s) => s.nodeOs.flatMap((o) => (o.distro ? [o.distro] : []))));
  return distros.filter((d) => !listed.has(d.slug));
}

/** "1.31–1.35" for a run of consecutive minors, "1.28, 1.30–1.31" otherwise. */
export function versionRange(versions: readonly string[]): string {
  const sorted = [...new Set(versions)].sort(compareVersions);
  const runs: string[][] = [];
  for (const v of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const [lm, ln] = (last ?? "").split(".").map(Number);
    const [m, n] = v.split(".").map(Number);
    if (run && lm === m && ln !== undefined && n === ln + 1) run.push(v);
    else runs.push([v]);
  }
  return runs.map((r) => (r.length > 1 ? `${r[0]}–${r[r.length - 1]}` : (r[0] ?? ""))).join(", ");
}
