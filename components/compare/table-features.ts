import { metaHelper, tableFeatures as defineFeatures } from "@tanstack/react-table";
import type { CompareDistro } from "@/lib/compare/types";

/**
 * What cells and headers read from the table instead of closing over it, so
 * their components stay the same between renders and React updates the cells
 * in place rather than remounting them when the baseline or highlight changes.
 */
export type CompareTableMeta = {
  distros: ReadonlyMap<string, CompareDistro>;
  baseline: string | null;
  highlight: boolean;
  /** A wide table's fixed grid: every cell clips to the fixed row height (the dialog shows it whole). */
  fixed: boolean;
  onOpen: (slug: string, key: string) => void;
  /** The one cell in the tab order (roving tabindex): its row's attribute key and its distro. */
  active: { row: string; slug: string } | null;
};

// Only the core: columns come in the chosen order from buildColumns, and the
// attribute column is pinned by CSS (position: sticky), so neither the
// ordering nor the pinning feature would add anything but bytes.
export const tableFeatures = defineFeatures({ tableMeta: metaHelper<CompareTableMeta>() });
export type CompareFeatures = typeof tableFeatures;
