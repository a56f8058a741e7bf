import { toCsv } from "@/lib/export/csv";
import { escapeMarkdownText, markdownLink, markdownTable } from "@/lib/export/markdown";
import { AGREEMENT_LABEL, VERDICT_LABEL } from "@/lib/compare/diff";
import type { ViewState } from "@/lib/compare/state";
import type { ClaimEvidence, CompareData, DistroEvidence } from "@/lib/compare/types";
import type { CitedSource } from "@/lib/validations/api";
import { claimText } from "@/lib/catalog/claim-text";
import type { ComparisonView, ViewCell, ViewRow } from "@/lib/compare/view";

export type ExportFormat = "csv" | "json" | "md";

/**
 * What every export carries besides the table: the claims' notes and sources
 * (per column's distro, from the catalog API) and the absolute address of the
 * view, so a reader of the file can check a value and reopen the comparison.
 */
export type ExportContext = { evidence: Record<string, DistroEvidence>; viewUrl: string };

/** A cell as one line of text, as the table shows it: value and its status, then the baseline verdict. */
export function cellLine(c: ViewCell): string {
  const verdict = c.verdict && c.verdict !== "baseline" ? ` (${VERDICT_LABEL[c.verdict].toLowerCase()})` : "";
  return `${claimText(c.cell)}${verdict}`;
}

function columnName(view: ComparisonView, slug: string, name: string): string {
  return view.baseline?.slug === slug ? `${name} (baseline)` : name;
}

/** Each position's evidence for a cell, in the cell's claim order; a column without any would read as claims without sources. */
function cellEvidence(ctx: ExportContext, slug: string, key: string): ClaimEvidence[] {
  const distro = ctx.evidence[slug];
  if (!distro) throw new Error(`No sources loaded for ${slug}`);
  return distro[key] ?? [];
}

const sourceRef = (s: CitedSource): string => s.url ?? `${s.title} (${s.publisher})`;

/** A cell's sources as text: the addresses, one per line; a dispute says which position each list backs. */
function sourcesText(c: ViewCell, row: ViewRow, ctx: ExportContext): string {
  const claims = c.cell?.claims ?? [];
  const evidence = cellEvidence(ctx, c.slug, row.attr.key);
  const lists = claims.map((claim, i) => [...new Set((evidence[i]?.sources ?? []).map(sourceRef))]);
  if (claims.length <= 1) return (lists[0] ?? []).join("\n");
  return claims.map((claim, i) => `${claim.preferred ? "Preferred position" : `Position ${i + 1}`}: ${(lists[i] ?? []).join(" ") || "no source"}`).join("\n");
}

function rows(view: ComparisonView): { group: string; row: ViewRow }[] {
  return view.groups.flatMap((g) => g.rows.map((row) => ({ group: g.group, row })));
}

export function exportFileName(format: ExportFormat, today: string): string {
  return `distro-atlas-comparison-${today}.${format}`;
}

/**
 * The table as CSV: per distro a value column and a sources column, and a row
 * state column (differs, same, unknown everywhere…). What describes the export
 * (baseline, the view's address, catalog version) follows as rows of the same
 * width, so the file stays one rectangular table.
 */
export function comparisonCsv(view: ComparisonView, data: CompareData, ctx: ExportContext): string {
  const header = ["Group", "Attribute", "Across distros", ...view.columns.flatMap((d) => [columnName(view, d.slug, d.name), `${d.name} sources`])];
  const body = rows(view).map(({ group, row }) => [
    group,
    row.attr.label,
    AGREEMENT_LABEL[row.agreement],
    ...row.cells.flatMap((c) => [cellLine(c), sourcesText(c, row, ctx)]),
  ]);
  const about = (label: string, value: string) => ["About this export", label, value, ...view.columns.flatMap(() => ["", ""])];
  return toCsv(header, [
    ...body,
    about("Baseline", view.baseline ? view.baseline.name : "None chosen"),
    about("Open this view", ctx.viewUrl),
    about("Catalog version", data.catalogVersion),
    about("Exported", data.today),
  ]);
}

/**
 * The table as Markdown, readable raw as well as rendered: each cell names
 * its sources by number, and the numbered list of sources with their
 * addresses follows the table.
 */
export function comparisonMarkdown(view: ComparisonView, data: CompareData, ctx: ExportContext): string {
  const e = escapeMarkdownText;
  const numbers = new Map<string, number>();
  const listed: CitedSource[] = [];
  const cite = (s: CitedSource): number => {
    let n = numbers.get(s.id);
    if (n === undefined) {
      listed.push(s);
      n = listed.length;
      numbers.set(s.id, n);
    }
    return n;
  };
  const cell = (c: ViewCell, row: ViewRow): string => {
    const evidence = cellEvidence(ctx, c.slug, row.attr.key);
    const refs = [...new Set((c.cell?.claims ?? []).flatMap((_, i) => (evidence[i]?.sources ?? []).map(cite)))];
    return refs.length > 0 ? `${cellLine(c)}; source${refs.length > 1 ? "s" : ""} ${refs.join(", ")}` : cellLine(c);
  };
  const header = ["Group", "Attribute", "Across distros", ...view.columns.map((d) => columnName(view, d.slug, d.name))];
  const body = rows(view).map(({ group, row }) => [group, row.attr.label, AGREEMENT_LABEL[row.agreement], ...row.cells.map((c) => cell(c, row))]);
  const title = `Comparison of ${view.columns.map((d) => d.name).join(", ")}`;
  const baseline = view.baseline
    ? `Baseline: ${e(view.baseline.name)}. Every other cell says whether it is the same, different, better or worse; an unknown value on either side is not compared.`
    : "Baseline: none chosen.";
  const link = `Open this view in Distro Atlas: <${ctx.viewUrl.replace(/[<>\s]/g, encodeURIComponent)}>`;
  const note = `Catalog version ${e(data.catalogVersion)}, exported ${e(data.today)} from Distro Atlas.`;
  // The address is spelled out too, for a reader of the raw file; only ever an http(s) one.
  const address = (url: string | null) => (url && /^https?:\/\//i.test(url) ? `: <${url.replace(/[<>\s]/g, encodeURIComponent)}>` : "");
  const sources = listed.map(
    (s, i) => `${i + 1}. ${markdownLink(s.title, s.url, e)}, ${e(s.publisher)}, accessed ${e(s.accessed || "date not recorded")}${address(s.url)}`,
  );
  return [
    `# ${title.replace(/[#*_`[\]<>|]/g, "")}`,
    "",
    baseline,
    "",
    link,
    "",
    note,
    "",
    markdownTable(header, body, e).trimEnd(),
    "",
    "## Sources",
    "",
    ...(sources.length > 0 ? sources : ["No cell in this view cites a source."]),
    "",
  ].join("\n");
}

/** Everything on screen with the claims and sources behind each cell, for audit or re-import. */
export function comparisonJson(view: ComparisonView, data: CompareData, state: ViewState, ctx: ExportContext): string {
  const doc = {
    exportedOn: data.today,
    catalogVersion: data.catalogVersion,
    viewUrl: ctx.viewUrl,
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
    rows: rows(view).map(({ group, row: r }) => ({
      group,
      key: r.attr.key,
      label: r.attr.label,
      agreement: r.agreement,
      cells: Object.fromEntries(
        r.cells.map((c) => {
          const evidence = cellEvidence(ctx, c.slug, r.attr.key);
          return [
            c.slug,
            {
              text: cellLine(c),
              status: c.cell?.status ?? null,
              verdict: c.verdict,
              positions: (c.cell?.claims ?? []).map((claim, i) => {
                const why = evidence[i];
                return {
                  value: claim.value,
                  display: claim.display,
                  status: claim.status,
                  preferred: claim.preferred,
                  note: why?.note ?? null,
                  sources: why?.sources ?? [],
                };
              }),
            },
          ];
        }),
      ),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
