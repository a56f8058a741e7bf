import { isFullyEnded, type CycleDates } from "@/lib/timeline/status";

/** A cycle of a selected distro; `id` is "slug/cycle-name", as the `cycles` URL parameter names it. */
export type ListedCycle = { id: string; slug: string; cycle: CycleDates };

/**
 * Why an ended cycle is shown while ended cycles are hidden: the user picked
 * it ("keep shown"), or it is the newest cycle of a selected distro that has
 * nothing running, which would otherwise vanish from the page altogether.
 */
export type KeptBecause = "picked" | "distro";

export type VisibleCycle<T extends ListedCycle> = T & { ended: boolean; kept: KeptBecause | null };

/**
 * The cycles the page lists, in the given order: every cycle when ended ones
 * are shown, else those still running plus the ended ones the user selected.
 * `hidden` counts the rest.
 */
export function visibleCycles<T extends ListedCycle>(
  items: readonly T[],
  { showEnded, picked, today }: { showEnded: boolean; picked: ReadonlySet<string>; today: string },
): { shown: VisibleCycle<T>[]; hidden: number } {
  const ended = new Set(items.filter((c) => isFullyEnded(c.cycle, today)).map((c) => c.id));
  const running = new Set(items.filter((c) => !ended.has(c.id)).map((c) => c.slug));
  // Cycles come newest first within a distro, so its first one is its newest.
  const newest = new Map<string, string>();
  for (const c of items) if (!newest.has(c.slug)) newest.set(c.slug, c.id);
  const shown: VisibleCycle<T>[] = [];
  for (const c of items) {
    const isEnded = ended.has(c.id);
    let kept: KeptBecause | null = null;
    if (isEnded && !showEnded) {
      if (picked.has(c.id)) kept = "picked";
      else if (!running.has(c.slug) && newest.get(c.slug) === c.id) kept = "distro";
      else continue;
    }
    shown.push({ ...c, ended: isEnded, kept });
  }
  return { shown, hidden: items.length - shown.length };
}

/** The `cycles` URL parameter: comma-separated cycle ids; unknown ones and repeats are dropped. */
export function parsePicked(raw: string | null | undefined, known: readonly string[]): string[] {
  if (!raw) return [];
  const ids = new Set(known);
  return [...new Set(raw.split(",").map((s) => s.trim()))].filter((id) => ids.has(id));
}

/** Adds or removes one cycle; null when nothing is left, so the parameter leaves the address. */
export function togglePicked(picked: readonly string[], id: string): string | null {
  const next = picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id];
  return next.length > 0 ? next.join(",") : null;
}
