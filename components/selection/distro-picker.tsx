"use client";

export type PickerOption = { slug: string; name: string; vendor: string };

/**
 * Checkboxes for choosing distros, in catalog order. The last checked box
 * cannot be cleared: an empty selection would silently fall back to the default.
 */
export function DistroPicker({
  distros,
  value,
  onChange,
  legend = "Distributions",
}: {
  distros: PickerOption[];
  value: string[];
  onChange: (slugs: string[]) => void;
  legend?: string;
}) {
  const toggle = (slug: string, on: boolean) => {
    const next = on ? distros.map((d) => d.slug).filter((s) => s === slug || value.includes(s)) : value.filter((s) => s !== slug);
    if (next.length > 0) onChange(next);
  };
  return (
    <fieldset className="rounded-md border border-slate-300 p-3 dark:border-slate-700" data-testid="distro-picker">
      <legend className="px-1 text-sm font-semibold">
        {legend} <span className="font-normal muted">({value.length} chosen)</span>
      </legend>
      <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {distros.map((d) => {
          const checked = value.includes(d.slug);
          const last = checked && value.length === 1;
          return (
            <li key={d.slug}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-0.5 h-4 w-4 accent-sky-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
                  checked={checked}
                  disabled={last}
                  aria-describedby={last ? "picker-last-hint" : undefined}
                  onChange={(e) => toggle(d.slug, e.target.checked)}
                />
                <span>
                  {d.name} <span className="muted">· {d.vendor}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {value.length === 1 ? (
        <p id="picker-last-hint" className="mt-2 text-xs muted">
          At least one distribution stays chosen.
        </p>
      ) : null}
    </fieldset>
  );
}
