import { renderCsv, renderJson } from "@/lib/report/csv";
import { markdownFileName, renderMarkdown } from "@/lib/report/markdown";
import { renderPdf } from "@/lib/report/pdf";
import { fileStem, type ReportSnapshot } from "@/lib/report/snapshot";
import type { ExportQuery } from "@/lib/validations/report";

export type ExportFile = { body: Buffer; contentType: string; name: string };

/** Where the exported file may point back to: the app's origin (the Markdown links to /decide) and the report's page, absolute. */
export type ExportContext = { origin?: string; reportUrl?: string };

/** Markdown is named as an ADR (NNNN-use-<distro>.md); the others carry the report date. */
export async function exportReport(s: ReportSnapshot, q: ExportQuery, context: ExportContext = {}): Promise<ExportFile> {
  const dated = `decision-${s.createdAt.slice(0, 10)}-${fileStem(s)}`;
  switch (q.format) {
    case "markdown":
      return { body: Buffer.from(renderMarkdown(s, context.origin ?? "")), contentType: "text/markdown; charset=utf-8", name: markdownFileName(s) };
    case "csv":
      return { body: Buffer.from(renderCsv(s)), contentType: "text/csv; charset=utf-8", name: `${dated}.csv` };
    case "json":
      return { body: Buffer.from(renderJson(s)), contentType: "application/json; charset=utf-8", name: `${dated}.json` };
    case "pdf":
      return {
        body: await renderPdf(s, { paper: q.paper ?? "a4", reportUrl: context.reportUrl }),
        contentType: "application/pdf",
        name: `${dated}-${q.paper ?? "a4"}.pdf`,
      };
  }
}
