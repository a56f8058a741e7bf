import { ClaimValue } from "@/components/claim-value";
import { IntentLink } from "@/components/intent-link";
import { SourceCitation } from "@/components/source-citation";
import { changeDateLabel } from "@/lib/changes/dates";
import { CHANGE_KIND_LABEL } from "@/lib/changes/labels";
import type { Change, ChangeState } from "@/lib/validations/changes";

function State({ label, state }: { label: string; state: ChangeState | null }) {
  if (!state) return null;
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm">
      <span className="font-medium">{label}:</span>
      <ClaimValue claim={state} badge="always" className={label === "Was" ? "line-through decoration-slate-400" : undefined} />
      {state.since ? <span className="muted">{`since ${changeDateLabel(state.since)}`}</span> : null}
    </p>
  );
}

/** One change: what it was, what it is now, since when each held, and the sources of the new position. */
export function ChangeItem({ change: c, showDistro = true }: { change: Change; showDistro?: boolean }) {
  return (
    <li className="flex flex-col gap-1 border-l-2 border-slate-300 pl-3 dark:border-slate-600" data-testid="change" data-kind={c.kind}>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{CHANGE_KIND_LABEL[c.kind]}</span>
        <span className="font-medium">{c.summary}</span>
      </p>
      <p className="text-sm muted">
        {c.version ? `Changed in the catalog on ${changeDateLabel(c.date)}` : `Vendor's statement of ${changeDateLabel(c.date)}, recorded in the catalog`}
        {showDistro ? (
          <>
            {" · "}
            <IntentLink href={`/distros/${c.distro}`} className="link">
              {c.distroName}
            </IntentLink>
          </>
        ) : null}
      </p>
      <State label="Was" state={c.before} />
      <State label="Now" state={c.after} />
      {c.sources.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer">Sources ({c.sources.length})</summary>
          <ul className="mt-1 flex flex-col gap-1">
            {c.sources.map((s) => (
              <li key={s.id}>
                <SourceCitation source={s} quote={s.quote} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
