"use client";

import type { ScoringDistro } from "@/lib/decide/types";

type Props = { distros: ScoringDistro[]; selected: string[]; onChange: (slugs: string[]) => void };

/** Checkboxes for every catalog distro; the last candidate cannot be removed. */
export function CandidatePicker({ distros, selected, onChange }: Props) {
  const toggle = (slug: string, on: boolean) => onChange(on ? [...selected, slug] : selected.filter((s) => s !== slug));
  return (
    <fieldset>
      <legend className="font-semibold">Candidates</legend>
      <p className="text-sm muted">Microsoft&apos;s, AWS&apos;s and Google&apos;s five current OSes by default; add or remove any catalog distro.</p>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-1">
        {distros.map((d) => {
          const on = selected.includes(d.slug);
          return (
            <li key={d.slug}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={on && selected.length === 1}
                  onChange={(e) => toggle(d.slug, e.target.checked)}
                  className="size-4"
                />
                {d.name}
                {d.status !== "ga" && <span className="text-xs muted">({d.status})</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
