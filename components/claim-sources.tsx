import { SourceCitation } from "@/components/source-citation";
import type { SourceRef } from "@/lib/validations/api";

export function ClaimSources({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return <p className="text-sm muted">No source states this.</p>;
  return (
    <ul className="flex flex-col gap-1" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.id}>
          <SourceCitation source={s} />
        </li>
      ))}
    </ul>
  );
}
