"use client";

import { attributeGroups } from "@/lib/catalog/constants";
import { MAX_QUERY, type ViewState } from "@/lib/compare/state";
import type { CompareDistro } from "@/lib/compare/types";

type Props = {
  state: ViewState;
  columns: CompareDistro[];
  onChange: (patch: Partial<ViewState>) => void;
};

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

const INPUT = "rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900";

/** Row filters, the baseline and the difference switches. */
export function Toolbar({ state, columns, onChange }: Props) {
  return (
    <div className="no-print flex flex-col gap-3" role="group" aria-label="Table controls">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">Filter rows</span>
          <input
            type="search"
            className={`${INPUT} w-64 max-w-full`}
            placeholder="e.g. SELinux, rollback, dnf"
            maxLength={MAX_QUERY}
            value={state.query}
            onChange={(e) => onChange({ query: e.target.value })}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">Baseline (what we run today)</span>
          <select className={`${INPUT} max-w-full`} value={state.baseline ?? ""} onChange={(e) => onChange({ baseline: e.target.value || null })}>
            <option value="">No baseline</option>
            {columns.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={state.onlyDifferences} onChange={(e) => onChange({ onlyDifferences: e.target.checked })} />
          Only differences
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={state.highlight} onChange={(e) => onChange({ highlight: e.target.checked })} />
          Highlight differences
        </label>
      </div>
      <fieldset className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 font-semibold">Groups shown</legend>
        {attributeGroups.map((g) => {
          const shown = state.groups.length === 0 || state.groups.includes(g);
          return (
            <label key={g} className="flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={shown}
                onChange={() => {
                  const current = state.groups.length === 0 ? [...attributeGroups] : state.groups;
                  const next = toggle(current, g);
                  onChange({ groups: next.length === attributeGroups.length || next.length === 0 ? [] : next });
                }}
              />
              {g}
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
