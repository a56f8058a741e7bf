import { SourceCitation } from "@/components/source-citation";
import { formatDate } from "@/lib/format-date";
import type { SupersededView } from "@/lib/validations/api";

/** Earlier positions a later official statement replaced, newest first, each with the source that stated it. */
export function ClaimHistory({ history }: { history: SupersededView[] }) {
  if (history.length === 0) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer">Earlier positions ({history.length})</summary>
      <ol className="mt-1 flex flex-col gap-2" aria-label="Earlier positions">
        {history.map((h, i) => (
          <li key={i} className="border-l-2 border-slate-300 pl-2 dark:border-slate-600">
            <p>
              <span className="line-through decoration-slate-400">{h.display}</span>
              <span className="muted">{` — held until ${formatDate(h.until)}`}</span>
            </p>
            <ul className="flex flex-col gap-1">
              {h.sources.map((s) => (
                <li key={s.id}>
                  <SourceCitation source={s} quote={s.quote} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
