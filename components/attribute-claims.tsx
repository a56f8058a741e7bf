import { ClaimHistory } from "@/components/claim-history";
import { ClaimSources } from "@/components/claim-sources";
import { ClaimValue } from "@/components/claim-value";
import { StatusBadge } from "@/components/status-badge";
import { withStatus } from "@/lib/catalog/claim-text";
import { changeDateLabel } from "@/lib/changes/dates";
import type { AttributeClaims, AttributeView } from "@/lib/validations/api";
import type { Change } from "@/lib/validations/changes";

/** One attribute of one distro: its value(s), status and sources; every position when disputed. */
export function AttributeClaimsView({ attr, meta, changes = [] }: { attr: AttributeClaims; meta: AttributeView | undefined; changes?: Change[] }) {
  const disputed = attr.claims.length > 1;
  return (
    <div className="attribute-row" data-testid={`attr-${attr.key}`}>
      <div>
        <h3 className="font-medium">{attr.label}</h3>
        {meta ? (
          <details className="mt-1 text-sm muted">
            <summary className="cursor-pointer">Why it matters</summary>
            <p className="mt-1">{meta.explanation}</p>
          </details>
        ) : null}
      </div>
      <div className="flex flex-col gap-3">
        {disputed ? (
          <p className="flex items-center gap-2 text-sm">
            <StatusBadge status="disputed" /> Sources disagree; {attr.claims.length} positions, the catalog leads with the first.
          </p>
        ) : null}
        {attr.claims.map((c, i) => (
          <div key={i} className={disputed ? "rounded-md border border-amber-300 p-3 dark:border-amber-700" : ""} data-testid="claim">
            <p className="flex flex-wrap items-center gap-2">
              {disputed ? (
                <span className="text-xs font-semibold uppercase tracking-wide">{c.preferred ? "Position 1 (preferred)" : `Position ${i + 1}`}</span>
              ) : null}
              <ClaimValue claim={c} badge={disputed ? "none" : "always"} />
            </p>
            {c.note ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{c.note}</p> : null}
            <div className="mt-1">
              <ClaimSources sources={c.sources} status={c.status} />
            </div>
            <ClaimHistory history={c.history} />
          </div>
        ))}
        {changes.map((ch) => (
          <p key={ch.id} className="text-sm muted" data-testid="claim-change">
            {`Changed on ${changeDateLabel(ch.date)}`}
            {ch.before
              ? `; was: ${withStatus(ch.before.display, ch.before.status)}${ch.before.since ? `, recorded since ${changeDateLabel(ch.before.since)}` : ""}`
              : "; first recorded then"}
          </p>
        ))}
      </div>
    </div>
  );
}
