import { ClaimValue } from "@/components/claim-value";
import { StatusBadge } from "@/components/status-badge";
import type { AttributeClaims } from "@/lib/validations/api";

/** One matrix cell: the display text, its status when not confirmed, and linked sources; every position when disputed. */
export function ClaimCell({ attribute }: { attribute: AttributeClaims | undefined }) {
  if (!attribute) return <ClaimValue claim={undefined} />;
  const disputed = attribute.claims.length > 1;
  return (
    <div className="flex flex-col gap-2">
      {disputed ? <StatusBadge status="disputed" /> : null}
      {attribute.claims.map((c, i) => (
        <div key={i} data-testid="matrix-claim">
          {disputed ? <span className="block text-xs font-semibold">{c.preferred ? "Position 1 (preferred)" : `Position ${i + 1}`}</span> : null}
          <ClaimValue claim={c} badge={disputed ? "none" : "unconfirmed"} />
          {c.note && c.status !== "confirmed" ? <span className="mt-0.5 block text-xs muted">{c.note}</span> : null}
          {c.sources.length > 0 ? (
            <span className="mt-0.5 block text-xs">
              Source{c.sources.length > 1 ? "s" : ""}:{" "}
              {c.sources.map((s, j) => (
                <span key={s.id}>
                  {j > 0 ? "; " : ""}
                  {s.url ? (
                    <a href={s.url} className="link" rel="noreferrer noopener">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}{" "}
                  <span className="muted">({s.publisher})</span>
                </span>
              ))}
            </span>
          ) : (
            <span className="mt-0.5 block text-xs muted">No source states this.</span>
          )}
        </div>
      ))}
    </div>
  );
}
