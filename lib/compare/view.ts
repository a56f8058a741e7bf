import { compareToBaseline, rowAgreement, type BaselineVerdict, type RowAgreement } from "@/lib/compare/diff";
import type { ViewState } from "@/lib/compare/state";
import type { CompareAttribute, CompareCell, CompareData, CompareDistro, Group } from "@/lib/compare/types";
import { attributeGroups } from "@/lib/catalog/constants";

export type ViewCell = { slug: string; cell: CompareCell | undefined; verdict: BaselineVerdict | null };
/** `agreement` compares normalised values: different wording of one value is "same". */
export type ViewRow = { attr: CompareAttribute; cells: ViewCell[]; agreement: RowAgreement };
export type ViewGroup = { group: Group; collapsed: boolean; rows: ViewRow[] };

export type ComparisonView = {
  columns: CompareDistro[];
  /** Chosen distros hidden by the facet filters. */
  hiddenColumns: CompareDistro[];
  baseline: CompareDistro | null;
  groups: ViewGroup[];
  rowCount: number;
  hiddenRowCount: number;
};

function matchesFacets(d: CompareDistro, s: ViewState): boolean {
  if (s.vendor.length > 0 && !s.vendor.includes(d.vendor)) return false;
  if (s.kind.length > 0 && !s.kind.includes(d.kind)) return false;
  if (s.status.length > 0 && !s.status.includes(d.status)) return false;
  if (s.packageManager === "yes" && (d.packageManager === null || d.packageManager === "none")) return false;
  if (s.packageManager === "no" && d.packageManager !== "none") return false;
  if (s.updateModel.length > 0 && (d.updateModel === null || !s.updateModel.includes(d.updateModel))) return false;
  return true;
}

function matchesQuery(row: ViewRow, query: string): boolean {
  if (query === "") return true;
  if (row.attr.label.toLowerCase().includes(query) || row.attr.group.toLowerCase().includes(query)) return true;
  return row.cells.some((c) => c.cell?.claims.some((claim) => claim.display.toLowerCase().includes(query)) ?? false);
}

/** What the table shows for a view: columns in order, rows grouped, filters applied. The exports use the same. */
export function computeView(data: CompareData, state: ViewState): ComparisonView {
  const bySlug = new Map(data.distros.map((d) => [d.slug, d]));
  const chosen = state.distros.map((s) => bySlug.get(s)).filter((d): d is CompareDistro => d !== undefined);
  const columns = chosen.filter((d) => matchesFacets(d, state));
  const hiddenColumns = chosen.filter((d) => !columns.includes(d));
  const baseline = state.baseline ? (columns.find((d) => d.slug === state.baseline) ?? null) : null;
  const query = state.query.trim().toLowerCase();

  let total = 0;
  const groups: ViewGroup[] = [];
  for (const group of attributeGroups) {
    if (state.groups.length > 0 && !state.groups.includes(group)) continue;
    const rows: ViewRow[] = [];
    for (const attr of data.attributes) {
      if (attr.group !== group) continue;
      // An optional attribute none of the columns has is not a row.
      if (!columns.some((d) => d.cells[attr.key])) continue;
      total += 1;
      const cells: ViewCell[] = columns.map((d) => ({
        slug: d.slug,
        cell: d.cells[attr.key],
        verdict: baseline ? (d === baseline ? "baseline" : compareToBaseline(attr, d.cells[attr.key], baseline.cells[attr.key])) : null,
      }));
      const row: ViewRow = { attr, cells, agreement: rowAgreement(cells.map((c) => c.cell)) };
      // Only rows known to agree are hidden: a row nobody (or not everybody) states a value for stays, labelled as such.
      if (state.onlyDifferences && row.agreement === "same") continue;
      if (!matchesQuery(row, query)) continue;
      rows.push(row);
    }
    if (rows.length > 0) groups.push({ group, collapsed: state.collapsed.includes(group), rows });
  }
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);
  return { columns, hiddenColumns, baseline, groups, rowCount, hiddenRowCount: total - rowCount };
}
