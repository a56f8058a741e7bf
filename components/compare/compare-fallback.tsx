"use client";

import { DataTable } from "@/components/compare/data-table";
import { parseViewState } from "@/lib/compare/state";
import type { CompareData } from "@/lib/compare/types";
import { computeView } from "@/lib/compare/view";

function noop() {}

/** The default view, rendered at build time so the table is in the first paint before the URL is read. */
export function CompareFallback({ data }: { data: CompareData }) {
  const view = computeView(data, parseViewState({}, data));
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <p className="text-sm text-slate-700 dark:text-slate-300">Loading the controls…</p>
      <div className="full-bleed">
        <DataTable view={view} highlight={false} onToggleGroup={noop} onOpenCell={noop} />
      </div>
    </div>
  );
}
