"use client";

import { KIND_LABEL, STATUS_LABEL } from "@/components/labels";
import type { ViewState } from "@/lib/compare/state";
import type { CompareDistro } from "@/lib/compare/types";
import type { DistroKind, DistroStatus } from "@/lib/validations/catalog";

type Props = { all: CompareDistro[]; state: ViewState; updateModelLabels: Record<string, string>; onChange: (patch: Partial<ViewState>) => void };

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function Facet<T extends string>({
  legend,
  options,
  selected,
  label,
  onChange,
}: {
  legend: string;
  options: T[];
  selected: T[];
  label: (v: T) => string;
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="font-semibold">{legend}</legend>
      {options.map((o) => (
        <label key={o} className="flex items-center gap-1.5">
          <input type="checkbox" checked={selected.includes(o)} onChange={() => onChange(toggle(selected, o))} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  );
}

/** Narrows the chosen distros by vendor, kind, status, package manager and update model. */
export function FacetFilters({ all, state, updateModelLabels, onChange }: Props) {
  const vendors = [...new Set(all.map((d) => d.vendor))].sort();
  const kinds = [...new Set(all.map((d) => d.kind))];
  const statuses = [...new Set(all.map((d) => d.status))];
  const models = [...new Set(all.map((d) => d.updateModel).filter((m): m is string => m !== null))];
  const active = state.vendor.length + state.kind.length + state.status.length + state.updateModel.length + (state.packageManager ? 1 : 0);
  return (
    <details className="no-print rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800" open={active > 0}>
      <summary className="cursor-pointer font-semibold">Filter distros by facet{active > 0 ? ` (${active} active)` : ""}</summary>
      <div className="mt-3 grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <Facet legend="Vendor" options={vendors} selected={state.vendor} label={(v) => v} onChange={(vendor) => onChange({ vendor })} />
        <Facet<DistroKind> legend="Kind" options={kinds} selected={state.kind} label={(k) => KIND_LABEL[k]} onChange={(kind) => onChange({ kind })} />
        <Facet<DistroStatus>
          legend="Status"
          options={statuses}
          selected={state.status}
          label={(s) => STATUS_LABEL[s]}
          onChange={(status) => onChange({ status })}
        />
        <fieldset className="flex min-w-0 flex-col gap-1">
          <legend className="font-semibold">Package manager</legend>
          {(
            [
              [null, "Any"],
              ["yes", "Has one"],
              ["no", "None"],
            ] as const
          ).map(([value, text]) => (
            <label key={text} className="flex items-center gap-1.5">
              <input type="radio" name="facet-pm" checked={state.packageManager === value} onChange={() => onChange({ packageManager: value })} />
              {text}
            </label>
          ))}
        </fieldset>
        <Facet
          legend="Update model"
          options={models}
          selected={state.updateModel}
          label={(m) => updateModelLabels[m] ?? m}
          onChange={(updateModel) => onChange({ updateModel })}
        />
      </div>
      {active > 0 ? (
        <button type="button" className="mt-3 underline" onClick={() => onChange({ vendor: [], kind: [], status: [], packageManager: null, updateModel: [] })}>
          Clear facet filters
        </button>
      ) : null}
    </details>
  );
}
