"use client";

import { AddDistro } from "@/components/selection/add-distro";
import type { CompareDistro } from "@/lib/compare/types";

type Props = {
  all: CompareDistro[];
  chosen: string[];
  onChange: (slugs: string[]) => void;
};

/** Which distros are columns, and in what order: add, remove, move left or right. */
export function ColumnManager({ all, chosen, onChange }: Props) {
  const byslug = new Map(all.map((d) => [d.slug, d]));
  const available = all.filter((d) => !chosen.includes(d.slug));
  const move = (i: number, by: number) => {
    const next = [...chosen];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="no-print flex min-w-0 flex-col gap-2">
      <legend className="text-sm font-semibold">Distros (columns, in order)</legend>
      <ol className="flex flex-wrap gap-2" data-testid="chosen-distros">
        {chosen.map((slug, i) => {
          const name = byslug.get(slug)?.name ?? slug;
          return (
            <li key={slug} className="flex items-center gap-1 rounded-full border border-slate-300 py-0.5 pl-3 pr-1 text-sm dark:border-slate-700">
              <span>{name}</span>
              <button
                type="button"
                className="inline-flex h-6 min-w-6 items-center justify-center rounded disabled:opacity-30"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={`Move ${name} left`}
              >
                ←
              </button>
              <button
                type="button"
                className="inline-flex h-6 min-w-6 items-center justify-center rounded disabled:opacity-30"
                onClick={() => move(i, 1)}
                disabled={i === chosen.length - 1}
                aria-label={`Move ${name} right`}
              >
                →
              </button>
              <button
                type="button"
                className="inline-flex h-6 min-w-6 items-center justify-center rounded disabled:opacity-30"
                onClick={() => onChange(chosen.filter((s) => s !== slug))}
                disabled={chosen.length === 1}
                aria-label={`Remove ${name}`}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ol>
      {available.length > 0 ? <AddDistro options={available} onAdd={(slug) => onChange([...chosen, slug])} /> : null}
    </fieldset>
  );
}
