import { SourceCitation } from "@/components/source-citation";
import type { CitedSource } from "@/lib/validations/api";
import type { ClaimStatus } from "@/lib/validations/catalog";

/** A claim's sources with the words each is cited for; for an unknown claim, the pages checked that do not state it. */
export function ClaimSources({ sources, status }: { sources: CitedSource[]; status: ClaimStatus }) {
  if (sources.length === 0) return <p className="text-sm muted">No source states this.</p>;
  const checked = status === "unknown";
  return (
    <div>
      {checked ? <p className="text-sm muted">Not stated on the pages checked:</p> : null}
      <ul className="flex flex-col gap-1" aria-label={checked ? "Pages checked" : "Sources"}>
        {sources.map((s) => (
          <li key={s.id}>
            <SourceCitation source={s} quote={checked ? null : s.quote} />
          </li>
        ))}
      </ul>
    </div>
  );
}
