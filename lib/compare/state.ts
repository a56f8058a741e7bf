import { DISTRO_KINDS, DISTRO_STATUSES, attributeGroups } from "@/lib/catalog/constants";
import { defaultSelection, parseSelection } from "@/lib/selection";
import { ignoredParams } from "@/lib/ignored-params";
import type { DistroKind, DistroStatus } from "@/lib/validations/catalog";
import type { CompareData, Group } from "@/lib/compare/types";

/** Everything that defines a comparison view; all of it lives in the URL. */
export type ViewState = {
  distros: string[];
  baseline: string | null;
  query: string;
  groups: Group[];
  onlyDifferences: boolean;
  highlight: boolean;
  collapsed: Group[];
  vendor: string[];
  kind: DistroKind[];
  status: DistroStatus[];
  packageManager: "yes" | "no" | null;
  updateModel: string[];
};

/** URL parameter names, short enough to keep shared links readable. */
export const PARAM = {
  distros: "distros",
  baseline: "base",
  query: "q",
  groups: "groups",
  onlyDifferences: "diff",
  highlight: "hl",
  collapsed: "collapsed",
  vendor: "vendor",
  kind: "kind",
  status: "status",
  packageManager: "pm",
  updateModel: "um",
} as const satisfies Record<keyof ViewState, string>;

export type RawParams = Partial<Record<(typeof PARAM)[keyof typeof PARAM], string | null>>;

export const MAX_QUERY = 100;

function list<T extends string>(raw: string | null | undefined, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const picked = raw.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v));
  return [...new Set(picked)];
}

function flag(raw: string | null | undefined): boolean {
  return raw === "1" || raw === "true";
}

/**
 * Reads a view from URL parameters. Every value is checked against the
 * catalog: anything unknown, malformed or tampered falls back to its default
 * instead of breaking the page.
 */
export function parseViewState(raw: RawParams, data: Pick<CompareData, "distros">): ViewState {
  const distros = parseSelection(raw.distros, data.distros);
  const baseline = raw.base && distros.includes(raw.base) ? raw.base : null;
  const vendors = [...new Set(data.distros.map((d) => d.vendor))];
  const models = [...new Set(data.distros.map((d) => d.updateModel).filter((m): m is string => m !== null))];
  const groups = list(raw.groups, attributeGroups);
  return {
    distros,
    baseline,
    query: (raw.q ?? "").slice(0, MAX_QUERY),
    groups: groups.length === attributeGroups.length ? [] : groups,
    onlyDifferences: flag(raw.diff),
    highlight: flag(raw.hl),
    collapsed: list(raw.collapsed, attributeGroups),
    vendor: list(raw.vendor, vendors),
    kind: list(raw.kind, DISTRO_KINDS),
    status: list(raw.status, DISTRO_STATUSES),
    packageManager: raw.pm === "yes" || raw.pm === "no" ? raw.pm : null,
    updateModel: list(raw.um, models),
  };
}

/** The URL parameters for a view; defaults are left out so links stay short. */
export function serializeViewState(state: ViewState, data: Pick<CompareData, "distros">): RawParams {
  const isDefault = state.distros.join(",") === defaultSelection(data.distros).join(",");
  const join = (v: string[]) => (v.length > 0 ? v.join(",") : null);
  return {
    distros: isDefault ? null : state.distros.join(","),
    base: state.baseline,
    q: state.query.trim() === "" ? null : state.query,
    groups: join(state.groups),
    diff: state.onlyDifferences ? "1" : null,
    hl: state.highlight ? "1" : null,
    collapsed: join(state.collapsed),
    vendor: join(state.vendor),
    kind: join(state.kind),
    status: join(state.status),
    pm: state.packageManager,
    um: join(state.updateModel),
  };
}

/** The address of a view, relative to the site (`/compare?…`): what a shared link or an export points back to. */
export function compareHref(state: ViewState, data: Pick<CompareData, "distros">): string {
  const params = Object.entries(serializeViewState(state, data))
    .filter((e): e is [string, string] => typeof e[1] === "string")
    // Commas stay readable in lists of slugs; everything else is encoded.
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ",")}`);
  return params.length > 0 ? `/compare?${params.join("&")}` : "/compare";
}

/** What /compare ignored in its address (see lib/ignored-params.ts). */
export function ignoredCompareParams(params: URLSearchParams, data: Pick<CompareData, "distros">): string[] {
  const vendors = [...new Set(data.distros.map((d) => d.vendor))];
  const models = [...new Set(data.distros.map((d) => d.updateModel).filter((m): m is string => m !== null))];
  const yes = ["1", "true", "0", "false"];
  const out = ignoredParams(params, data.distros, [
    { name: PARAM.baseline },
    { name: PARAM.query },
    { name: PARAM.groups, allowed: attributeGroups, list: true },
    { name: PARAM.onlyDifferences, allowed: yes },
    { name: PARAM.highlight, allowed: yes },
    { name: PARAM.collapsed, allowed: attributeGroups, list: true },
    { name: PARAM.vendor, allowed: vendors, list: true },
    { name: PARAM.kind, allowed: DISTRO_KINDS, list: true },
    { name: PARAM.status, allowed: DISTRO_STATUSES, list: true },
    { name: PARAM.packageManager, allowed: ["yes", "no"] },
    { name: PARAM.updateModel, allowed: models, list: true },
  ]);
  const base = params.get(PARAM.baseline);
  if (base && !parseSelection(params.get(PARAM.distros), data.distros).includes(base))
    out.push(`the baseline “${base}” is not among the distros shown, so there is no baseline`);
  return out;
}
