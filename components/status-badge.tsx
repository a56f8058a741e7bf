import type { ClaimStatus } from "@/lib/validations/catalog";

const STYLE: Record<ClaimStatus, { label: string; icon: string; className: string }> = {
  confirmed: { label: "Confirmed", icon: "✓", className: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800" },
  disputed: { label: "Disputed", icon: "⚖", className: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700" },
  unknown: { label: "Unknown", icon: "?", className: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600" },
  inferred: { label: "Inferred", icon: "≈", className: "bg-sky-50 text-sky-900 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800" },
};

/** A claim's status in text, icon and colour (never colour alone). */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const s = STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${s.className}`} data-status={status}>
      <span aria-hidden="true">{s.icon}</span>
      {s.label}
    </span>
  );
}
