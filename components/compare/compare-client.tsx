"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { lazy, Suspense, useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { ColumnManager } from "@/components/compare/column-manager";
import { DataTable } from "@/components/compare/data-table";
import { ExportMenu } from "@/components/compare/export-menu";
import { FacetFilters } from "@/components/compare/facet-filters";
import { Toolbar } from "@/components/compare/toolbar";
import { ignoredCompareParams, PARAM, parseViewState, serializeViewState, type ViewState } from "@/lib/compare/state";
import { IgnoredParamsNotice, useSearchParamsOnce } from "@/components/ignored-params-notice";
import type { Group } from "@/lib/compare/types";
import { computeView } from "@/lib/compare/view";
import { unpackCompareData, type PackedCompareData } from "@/lib/compare/wire";

// The dialog (and the source citations in it) loads when a cell is first opened.
const ClaimDialog = lazy(() => import("@/components/compare/claim-dialog").then((m) => ({ default: m.ClaimDialog })));

const noSubscription = () => () => {};

const parsers = Object.fromEntries(Object.values(PARAM).map((key) => [key, parseAsString])) as Record<(typeof PARAM)[keyof typeof PARAM], typeof parseAsString>;

/** The interactive comparison: every control writes the view to the URL, and the view is read back from it. */
export function CompareClient({ packed }: { packed: PackedCompareData }) {
  const data = useMemo(() => unpackCompareData(packed), [packed]);
  const [raw, setRaw] = useQueryStates(parsers, { history: "replace" });
  // False in the prerendered page (the default view), true once hydrated here with the address's view.
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const state = useMemo(() => parseViewState(raw, data), [raw, data]);
  const params = useSearchParamsOnce();
  const ignored = useMemo(() => ignoredCompareParams(params, data), [params, data]);
  const view = useMemo(() => computeView(data, state), [data, state]);
  const [open, setOpen] = useState<{ slug: string; key: string } | null>(null);

  const update = useCallback((patch: Partial<ViewState>) => void setRaw(serializeViewState({ ...state, ...patch }, data)), [setRaw, state, data]);
  const toggleGroup = useCallback(
    (g: Group) => update({ collapsed: state.collapsed.includes(g) ? state.collapsed.filter((x) => x !== g) : [...state.collapsed, g] }),
    [update, state.collapsed],
  );
  // Mounted from the first opening on, so closing it runs the dialog's own close (and focus return).
  const [dialogMounted, setDialogMounted] = useState(false);
  const mountDialog = useCallback(() => setDialogMounted(true), []);
  const openCell = useCallback((slug: string, key: string) => {
    setDialogMounted(true);
    setOpen({ slug, key });
  }, []);

  const updateModelLabels = Object.fromEntries(data.attributes.find((a) => a.key === "update-model")?.values?.map((v) => [v.value, v.label]) ?? []);
  const openDistro = open ? data.distros.find((d) => d.slug === open.slug) : undefined;
  const openAttr = open ? data.attributes.find((a) => a.key === open.key) : undefined;

  return (
    <div className="flex flex-col gap-4" aria-busy={!live}>
      <IgnoredParamsNotice messages={ignored} />
      <ColumnManager
        all={data.distros}
        chosen={state.distros}
        onChange={(distros) => update({ distros, baseline: state.baseline && distros.includes(state.baseline) ? state.baseline : null })}
      />
      <Toolbar state={state} columns={view.columns} onChange={update} />
      <FacetFilters all={data.distros} state={state} updateModelLabels={updateModelLabels} onChange={update} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700 dark:text-slate-300" role="status" data-testid="compare-summary">
          {view.rowCount} rows × {view.columns.length} distros
          {view.hiddenRowCount > 0
            ? `; ${view.hiddenRowCount} ${view.hiddenRowCount === 1 ? "row" : "rows"} hidden by filters${state.onlyDifferences ? " or because all agree" : ""}`
            : ""}
          {view.hiddenColumns.length > 0 ? `; ${view.hiddenColumns.map((d) => d.name).join(", ")} hidden by facet filters` : ""}
          {/* On paper the controls are left out, so say what they were set to. */}
          <span className="hidden print:inline">
            {`. Baseline: ${view.baseline ? view.baseline.name : "none"}.`}
            {state.onlyDifferences ? " Only differences are shown." : ""}
            {state.query.trim() ? ` Rows filtered by “${state.query.trim()}”.` : ""}
          </span>
        </p>
        <ExportMenu view={view} data={data} state={state} />
      </div>
      {view.columns.length === 0 ? (
        <p className="rounded border border-slate-300 p-4 dark:border-slate-700">
          The facet filters hide every chosen distro. Clear a filter to see the table.
        </p>
      ) : view.rowCount === 0 ? (
        <p className="rounded border border-slate-300 p-4 dark:border-slate-700">
          No row matches the filters{state.onlyDifferences ? "; the chosen distros agree on every remaining row" : ""}.
        </p>
      ) : (
        // Reaching into the table loads the dialog's code, so the first opened cell shows at once.
        <div className="full-bleed" onPointerEnter={mountDialog} onFocus={mountDialog}>
          <DataTable view={view} highlight={state.highlight} onToggleGroup={toggleGroup} onOpenCell={openCell} />
        </div>
      )}
      {dialogMounted ? (
        <Suspense fallback={null}>
          <ClaimDialog
            open={openDistro && openAttr ? { distro: openDistro, attr: openAttr } : null}
            catalogVersion={data.catalogVersion}
            onClose={() => setOpen(null)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
