"use client";

import { CRITERIA } from "@/lib/decide/criteria";
import { MAX_WEIGHT, type Weights } from "@/lib/decide/inputs";

type Props = { value: Weights; onChange: (w: Weights) => void };

/** A labelled 0–5 slider per criterion, with its scoring rule in one sentence. */
export function WeightsForm({ value, onChange }: Props) {
  return (
    <fieldset>
      <legend className="font-semibold">Weighted criteria (0–5)</legend>
      <ul className="mt-2 space-y-3">
        {CRITERIA.map((c) => (
          <li key={c.key}>
            <div className="flex items-center gap-3">
              <label htmlFor={`w-${c.key}`} className="w-44 shrink-0 text-sm font-medium">
                {c.label}
              </label>
              <input
                id={`w-${c.key}`}
                type="range"
                min={0}
                max={MAX_WEIGHT}
                step={1}
                value={value[c.key]}
                aria-describedby={`rule-${c.key}`}
                aria-valuetext={`weight ${value[c.key]} of ${MAX_WEIGHT}`}
                onChange={(e) => onChange({ ...value, [c.key]: Number(e.target.value) })}
                className="min-w-0 flex-1 accent-sky-700"
              />
              <output htmlFor={`w-${c.key}`} className="w-6 text-right text-sm tabular-nums">
                {value[c.key]}
              </output>
            </div>
            <p id={`rule-${c.key}`} className="text-xs muted">
              {c.rule}
            </p>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
