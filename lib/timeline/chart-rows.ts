import { formatDate, SUPPORT_STATE_LABEL, type SupportState, type TierKey } from "@/lib/lifecycle";
import { cycleSegments, cycleStatus, isFullyEnded, type CycleDates, type Segment, type TimeWindow } from "@/lib/timeline/status";

export type TimelineInput = { distroName: string; cycleLabel: string; id: string; cycle: CycleDates };

/** One chart row: stacked lengths in days, led by an invisible offset. */
export type ChartRow = {
  id: string;
  label: string;
  /** The label without the release's nickname, for a phone's narrow label column. */
  compactLabel: string;
  offset: number;
  preview: number;
  standard: number;
  maintenance: number;
  extended: number;
  /** The tier drawn open-ended to the window's edge, if any. */
  open: Segment["kind"] | null;
  /** Tiers that need a paid subscription or add-on: drawn hatched, never like free support. */
  paid: Record<TierKey, boolean>;
  /** Every tier has ended; the axis label says so. */
  ended: boolean;
  status: SupportState;
  statusLabel: string;
  /** Lines for the tooltip: vendor tier names with their dates. */
  details: string[];
};

function detailLines(cycle: CycleDates): string[] {
  const lines: string[] = [];
  if (cycle.previewDate) lines.push(`Preview from ${formatDate(cycle.previewDate)}`);
  if (cycle.releaseDate) lines.push(`Released ${formatDate(cycle.releaseDate)}`);
  for (const key of ["standard", "maintenance", "extended"] as const) {
    const tier = cycle[key];
    if (tier) lines.push(`${tier.name} (${key}${tier.paid ? ", paid" : ""}): ${tier.end ? `until ${formatDate(tier.end)}` : "end not published"}`);
  }
  return lines;
}

/**
 * A cycle's label on the axis: its own when it names the distro ("Ubuntu 24.04
 * LTS") or starts with an acronym ("RHEL 9", "COS 129 LTS"), else led by the
 * distro's first word ("Flatcar LTS-2024 (4081)").
 */
export function shortCycleLabel(distroName: string, cycleLabel: string): string {
  const first = distroName.split(" ")[0] ?? distroName;
  const token = cycleLabel.split(/[\s-]/)[0] ?? "";
  const acronym = /^[A-Z]{2,}$/.test(token) && token !== "LTS";
  return cycleLabel.startsWith(first) || acronym ? cycleLabel : `${first} ${cycleLabel}`;
}

/**
 * Rows for the Gantt chart, in the order given (the table's). Cycles without
 * a release date cannot be placed and come back in `unplaced`; cycles wholly
 * outside the window are dropped.
 */
export function chartRows(inputs: TimelineInput[], window: TimeWindow, today: string): { rows: ChartRow[]; unplaced: TimelineInput[] } {
  const rows: ChartRow[] = [];
  const unplaced: TimelineInput[] = [];
  for (const input of inputs) {
    const segments = cycleSegments(input.cycle, window);
    if (segments === null) {
      unplaced.push(input);
      continue;
    }
    const first = segments[0];
    if (!first) continue;
    const length = (kind: Segment["kind"]) => segments.filter((s) => s.kind === kind).reduce((n, s) => n + (s.to - s.from), 0);
    const status = cycleStatus(input.cycle, today);
    const ended = isFullyEnded(input.cycle, today);
    const label = shortCycleLabel(input.distroName, input.cycleLabel);
    const compact = label.replace(/\s*\([^)]*\)$/, "");
    const mark = ended ? " (ended)" : "";
    rows.push({
      id: input.id,
      label: label + mark,
      compactLabel: compact + mark,
      offset: first.from,
      preview: length("preview"),
      standard: length("standard"),
      maintenance: length("maintenance"),
      extended: length("extended"),
      open: segments.find((s) => s.open)?.kind ?? null,
      paid: {
        standard: input.cycle.standard?.paid ?? false,
        maintenance: input.cycle.maintenance?.paid ?? false,
        extended: input.cycle.extended?.paid ?? false,
      },
      ended,
      status,
      statusLabel: SUPPORT_STATE_LABEL[status],
      details: detailLines(input.cycle),
    });
  }
  return { rows, unplaced };
}

/** Height in pixels of the lifecycle chart for a number of rows; the page reserves it before the chart loads. */
export function lifecycleChartHeight(rowCount: number): number {
  return 90 + rowCount * 30;
}
