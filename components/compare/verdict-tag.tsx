import { VERDICT_LABEL, type BaselineVerdict } from "@/lib/compare/diff";

const STYLE: Record<BaselineVerdict, { icon: string; short: string; className: string }> = {
  baseline: { icon: "◆", short: "baseline", className: "text-slate-700 dark:text-slate-300" },
  same: { icon: "=", short: "same", className: "muted" },
  different: { icon: "≠", short: "different", className: "text-sky-800 dark:text-sky-300" },
  better: { icon: "▲", short: "better", className: "text-emerald-800 dark:text-emerald-300" },
  worse: { icon: "▼", short: "worse", className: "text-red-800 dark:text-red-300" },
  // Neutral: an unknown on either side is not a verdict.
  unknown: { icon: "–", short: "not compared", className: "muted" },
  "no-baseline": { icon: "–", short: "no baseline", className: "muted" },
};

/** How a cell compares with the baseline, in words and colour. */
export function VerdictTag({ verdict }: { verdict: BaselineVerdict }) {
  const s = STYLE[verdict];
  return (
    <span className={`text-xs font-semibold ${s.className}`} data-verdict={verdict} title={VERDICT_LABEL[verdict]}>
      <span aria-hidden="true">{s.icon} </span>
      {s.short}
    </span>
  );
}
