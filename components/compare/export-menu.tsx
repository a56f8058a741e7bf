"use client";

import { useState } from "react";
import type { ExportFormat } from "@/lib/compare/export";
import { compareHref, type ViewState } from "@/lib/compare/state";
import type { CompareData } from "@/lib/compare/types";
import type { ComparisonView } from "@/lib/compare/view";

const FORMATS: { format: ExportFormat; label: string; type: string }[] = [
  { format: "csv", label: "CSV", type: "text/csv;charset=utf-8" },
  { format: "json", label: "JSON", type: "application/json" },
  { format: "md", label: "Markdown", type: "text/markdown;charset=utf-8" },
];

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads exactly what is on screen, and copies a link that reproduces it. */
export function ExportMenu({ view, data, state }: { view: ComparisonView; data: CompareData; state: ViewState }) {
  const [status, setStatus] = useState<string | null>(null);
  // The writers load on the first export: nobody needs them to read the table.
  const exportAs = async (format: ExportFormat, type: string) => {
    const [{ comparisonCsv, comparisonJson, comparisonMarkdown, exportFileName }, { loadAllEvidence }] = await Promise.all([
      import("@/lib/compare/export"),
      import("@/lib/compare/evidence"),
    ]);
    // Every export names the sources behind each value, which the page loads from the catalog API.
    setStatus("Loading the sources for the export…");
    const loaded = await loadAllEvidence(
      view.columns.map((d) => d.slug),
      data.catalogVersion,
    );
    if (!loaded.ok) {
      setStatus(`Export failed: ${loaded.error}`);
      return;
    }
    setStatus(null);
    // Absolute, from the address the page was opened at, so the link works from a downloaded file.
    const ctx = { evidence: loaded.evidence, viewUrl: new URL(compareHref(state, data), window.location.origin).href };
    const text =
      format === "json" ? comparisonJson(view, data, state, ctx) : format === "csv" ? comparisonCsv(view, data, ctx) : comparisonMarkdown(view, data, ctx);
    download(text, exportFileName(format, new Date().toISOString().slice(0, 10)), type);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus("Link copied");
    } catch {
      setStatus("Copy failed: copy the address bar instead");
    }
  };
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Share and export">
      <button type="button" onClick={copy} className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700">
        Copy link to this view
      </button>
      {FORMATS.map((f) => (
        <button
          key={f.format}
          type="button"
          onClick={() => void exportAs(f.format, f.type)}
          className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700"
        >
          Export {f.label}
        </button>
      ))}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
