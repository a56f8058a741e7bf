import { toCsv } from "@/lib/export/csv";
import { markdownTable } from "@/lib/export/markdown";
import { VERDICT_LABEL } from "@/lib/compare/diff";
import type { ViewState } from "@/lib/compare/state";
import type { CompareData, DistroEvidence } from "@/lib/compare/types";
import type { ClaimStatus } from "@/lib/validations/catalog";
import { cellText, type ComparisonView, type ViewCell } from "@/lib/compare/view";

export type ExportFormat = "csv" | "json" | "md";

const STATUS_MARK: Record<ClaimStatus, string> = { disputed: " [disputed]", unknown: " [unknown]", inferred: " [inferred]", reported: " [reported]", confirmed: "" };

/** A cell as one line of text, as the table shows it: value, status marker and baseline verdict. */
export function cellLine(c: ViewCell): string {
  const status = c.cell ? (STATUS_MARK[c.cell.status] ?? "") : "";
  const verdict = c.verdict && c.verdict !== "baseline" ? ` (${VERDICT_LABEL[c.verdict].toLowerCase()})` : "";
  return `${cellText(c.cell)}${status}${verdict}`;
}

function header(view: ComparisonView): string[] {
  return ["Group", "Attribute", ...view.columns.map((d) => (view.baseline === d ? `${d.name} (baseline)` : d.name))];
}

function lines(view: ComparisonView): string[][] {
  return view.groups.flatMap((g) => g.rows.map((r) => [g.group, r.attr.label, ...r.cells.map(cellLine)]));
}

export function exportFileName(format: ExportFormat, today: string): string {
  return `distro-atlas-comparison-${today}.${format}`;
}

export function comparisonCsv(view: ComparisonView): string {
  return toCsv(header(view), lines(view));
}

export function comparisonMarkdown(view: ComparisonView, data: CompareData): string {
  const title = `Comparison of ${view.columns.map((d) => d.name).join(", ")}`;
  const note = `Catalog version ${data.catalogVersion}, exported ${data.today} from Distro Atlas.`;
  return `# ${title.replace(/[#*_`[\]<>|]/g, "")}\n\n${note}\n\n${markdownTable(header(view), lines(view))}`;
}

/** Everything on screen with the claims and sources behind each cell (evidence per column's distro), for audit or re-import. */
export function comparisonJson(view: ComparisonView, data: CompareData, state: ViewState, evidence: Record<string, DistroEvidence>): string {
  // A column without its evidence would read as claims without sources.
  const missing = view.columns.filter((d) => !evidence[d.slug]).map((d) => d.slug);
  if (missing.length > 0) throw new Error(`No evidence loaded for ${missing.join(", ")}`);
  const doc = {
    exportedOn: data.today,
    catalogVersion: data.catalogVersion,
    view: {
      distros: view.columns.map((d) => d.slug),
      hiddenByFilters: view.hiddenColumns.map((d) => d.slug),
      baseline: view.baseline?.slug ?? null,
      query: state.query,
      groups: state.groups,
      onlyDifferences: state.onlyDifferences,
      facets: { vendor: state.vendor, kind: state.kind, status: state.status, packageManager: state.packageManager, updateModel: state.updateModel },
    },
    columns: view.columns.map((d) => ({ slug: d.slug, name: d.name, vendor: d.vendor })),
    rows: view.groups.flatMap((g) =>
      g.rows.map((r) => ({
        group: g.group,
        key: r.attr.key,
        label: r.attr.label,
        allAgree: r.agree,
        cells: Object.fromEntries(
          r.cells.map((c) => [
            c.slug,
            {
              text: cellLine(c),
              status: c.cell?.status ?? null,
              verdict: c.verdict,
              positions: (c.cell?.claims ?? []).map((claim, i) => {
                const why = evidence[c.slug]?.[r.attr.key]?.[i];
                return { value: claim.value, display: claim.display, status: claim.status, preferred: claim.preferred, note: why?.note ?? null, sources: why?.sources ?? [] };
              }),
            },
          ]),
        ),
      })),
    ),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
