import { SUPPORT_STATE_LABEL, type SupportState } from "@/lib/lifecycle";

const STYLE: Record<SupportState, { icon: string; className: string }> = {
  supported: { icon: "●", className: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800" },
  ending: { icon: "◐", className: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700" },
  "paid-only": { icon: "◔", className: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700" },
  ended: { icon: "○", className: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-800" },
  unpublished: { icon: "…", className: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600" },
};

export function SupportBadge({ state }: { state: SupportState }) {
  const s = STYLE[state];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${s.className}`} data-support={state}>
      <span aria-hidden="true">{s.icon}</span>
      {SUPPORT_STATE_LABEL[state]}
    </span>
  );
}
