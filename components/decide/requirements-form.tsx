"use client";

import { KUBERNETES_LABEL, PLACE_LABEL } from "@/lib/decide/requirements";
import { MANAGED_KUBERNETES, MAX_SUPPORT_YEARS, PLACES, type ManagedKubernetes, type Place } from "@/lib/decide/inputs";
import type { Requirements } from "@/lib/validations/report";

type Props = { value: Requirements; onChange: (r: Requirements) => void; strict: boolean; onStrictChange: (strict: boolean) => void };

const FLAGS: { key: "ga" | "packageManager" | "imageRollback" | "arm64" | "fips" | "readOnlyRoot" | "secureBoot" | "selinuxEnforcing"; label: string }[] = [
  { key: "ga", label: "Must be generally available (GA)" },
  { key: "packageManager", label: "Needs a package manager" },
  { key: "imageRollback", label: "Must be image-based with rollback" },
  { key: "arm64", label: "Needs arm64" },
  { key: "fips", label: "Needs FIPS 140 (validated or available)" },
  { key: "readOnlyRoot", label: "Needs a read-only root filesystem" },
  { key: "secureBoot", label: "Needs Secure Boot" },
  { key: "selinuxEnforcing", label: "Needs SELinux enforcing by default" },
];

const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

/** Hard requirements: a candidate failing one is excluded; one its sources cannot show meets it stays, flagged as unverified, unless strict. */
export function RequirementsForm({ value, onChange, strict, onStrictChange }: Props) {
  const set = (patch: Partial<Requirements>) => {
    const next: Requirements = { ...value, ...patch };
    for (const k of Object.keys(next) as (keyof Requirements)[]) if (next[k] === undefined || next[k] === false) delete next[k];
    onChange(next);
  };
  return (
    <fieldset>
      <legend className="font-semibold">Hard requirements</legend>
      <p className="text-sm muted">
        A candidate that fails one is excluded. One whose sources do not state the value, or disagree about it, stays in the ranking flagged as unverified, with
        what needs checking.
      </p>
      <ul className="mt-2 space-y-1">
        {FLAGS.map((f) => (
          <li key={f.key}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={value[f.key] === true} onChange={(e) => set({ [f.key]: e.target.checked || undefined })} />
              {f.label}
            </label>
          </li>
        ))}
      </ul>
      <div className="mt-3 grid gap-3 sm:grid-cols-3 lg:grid-cols-1">
        <label className="text-sm">
          Must run on
          <select className={field} value={value.cloud ?? ""} onChange={(e) => set({ cloud: (e.target.value || undefined) as Place | undefined })}>
            <option value="">Any</option>
            {PLACES.map((p) => (
              <option key={p} value={p}>
                {PLACE_LABEL[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Managed Kubernetes node OS
          <select
            className={field}
            value={value.managedKubernetes ?? ""}
            onChange={(e) => set({ managedKubernetes: (e.target.value || undefined) as ManagedKubernetes | undefined })}
          >
            <option value="">Not required</option>
            {MANAGED_KUBERNETES.map((k) => (
              <option key={k} value={k}>
                {KUBERNETES_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Years of support left (at least)
          <input
            type="number"
            min={0}
            max={MAX_SUPPORT_YEARS}
            step={1}
            className={field}
            value={value.minSupportYears ?? 0}
            onChange={(e) => {
              const n = Math.trunc(Number(e.target.value));
              set({ minSupportYears: n >= 1 && n <= MAX_SUPPORT_YEARS ? n : undefined });
            }}
          />
        </label>
      </div>
      <label className="mt-3 flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5 size-4" checked={strict} onChange={(e) => onStrictChange(e.target.checked)} />
        <span>
          Strict: exclude unverified candidates too
          <span className="block text-xs muted">Only candidates whose sources show they meet every requirement remain.</span>
        </span>
      </label>
      <p className="mt-1 text-xs muted">
        Managed Kubernetes reads the service&apos;s own list of node OS options, or else the catalog&apos;s text, which must not say ended, retired, planned or
        not yet available. 0 years means no minimum.
      </p>
    </fieldset>
  );
}
