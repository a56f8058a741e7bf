"use client";

import type { ScoringDistro } from "@/lib/decide/types";

type Props = { distros: ScoringDistro[]; value: string | null; onChange: (slug: string | null) => void };

const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

/** The OS in use today: the status quo is always a considered option, scored like the others. */
export function CurrentPicker({ distros, value, onChange }: Props) {
  return (
    <label className="block text-sm">
      <span className="font-semibold">In use today</span>
      <select className={field} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">None, or not in the catalog</option>
        {distros.map((d) => (
          <option key={d.slug} value={d.slug}>
            {d.name}
          </option>
        ))}
      </select>
      <span className="mt-1 block text-xs muted">Considered and scored like the candidates, so the record shows whether moving beats staying.</span>
    </label>
  );
}
