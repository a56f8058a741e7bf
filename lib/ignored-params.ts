import { ignoredSelection, SELECTION_PARAM, type SelectableDistro } from "@/lib/selection";

/**
 * Messages for the parts of a page's address it could not use: names the
 * page does not know, distros the catalog does not have, values outside a
 * parameter's choices. Pages fall back to defaults for these; the messages
 * say so instead of letting a shared link silently mean something else.
 */
export type ParamRule = { name: string; allowed?: readonly string[]; list?: boolean };

export function ignoredParams(params: URLSearchParams, distros: SelectableDistro[], rules: ParamRule[]): string[] {
  const out: string[] = [];
  const known = new Set([SELECTION_PARAM, ...rules.map((r) => r.name)]);
  for (const key of new Set(params.keys())) if (!known.has(key)) out.push(`“${key}” is not a setting of this page`);
  for (const slug of ignoredSelection(params.get(SELECTION_PARAM), distros)) out.push(`no distro in the catalog is called “${slug}”`);
  for (const rule of rules) {
    const raw = params.get(rule.name);
    if (raw === null || raw === "" || !rule.allowed) continue;
    const values = rule.list
      ? raw
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean)
      : [raw];
    for (const v of values) if (!rule.allowed.includes(v)) out.push(`“${rule.name}=${v}” is not one of its choices`);
  }
  return out;
}

/** A page's `searchParams` prop as URLSearchParams, a repeated name keeping each value. */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(record)) for (const x of [v ?? []].flat()) params.append(k, x);
  return params;
}
