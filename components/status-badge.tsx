import type { ClaimStatus } from "@/lib/validations/catalog";

const STYLE: Record<ClaimStatus, { label: string; icon: string }> = {
  confirmed: { label: "Confirmed", icon: "✓" },
  reported: { label: "Reported", icon: "❝" },
  disputed: { label: "Disputed", icon: "⚖" },
  unknown: { label: "Unknown", icon: "?" },
  inferred: { label: "Inferred", icon: "≈" },
};

/** A claim's status in text, icon and colour (never colour alone); the colours are the .badge-<status> classes in globals.css. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const s = STYLE[status];
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      <span aria-hidden="true">{s.icon}</span>
      {s.label}
    </span>
  );
}
