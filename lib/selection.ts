/**
 * The distro selection shared by every multi-distro view (/compare,
 * /lifecycle, /decide, …): a `distros` URL parameter holding slugs in order,
 * comma-separated. Links between views carry it so a user never chooses twice.
 */
export const SELECTION_PARAM = "distros";

/** Largest selection any view accepts; keeps URLs and tables bounded. */
export const MAX_SELECTION = 50;

export type SelectableDistro = { slug: string; featured: boolean };

/** The default selection: the five featured distros, in catalog order. */
export function defaultSelection(distros: SelectableDistro[]): string[] {
  return distros.filter((d) => d.featured).map((d) => d.slug);
}

/**
 * Reads a selection: unknown slugs and repeats are dropped, the order is
 * kept; nothing usable (missing, empty, tampered) gives the default.
 */
export function parseSelection(raw: string | string[] | null | undefined, distros: SelectableDistro[]): string[] {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return defaultSelection(distros);
  const known = new Set(distros.map((d) => d.slug));
  const picked: string[] = [];
  for (const part of value.split(",")) {
    const slug = part.trim();
    if (known.has(slug) && !picked.includes(slug)) picked.push(slug);
    if (picked.length === MAX_SELECTION) break;
  }
  return picked.length > 0 ? picked : defaultSelection(distros);
}

export function serializeSelection(slugs: string[]): string {
  return slugs.join(",");
}

/** The parts of a `distros` value a view drops: unknown slugs (shown as given). */
export function ignoredSelection(raw: string | null | undefined, distros: SelectableDistro[]): string[] {
  if (typeof raw !== "string") return [];
  const known = new Set(distros.map((d) => d.slug));
  return raw
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "" && !known.has(p));
}
