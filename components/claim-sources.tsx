import { SourceCitation } from "@/components/source-citation";
import type { SourceRef } from "@/lib/validations/api";

export function ClaimSources({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No source states this.</p>;
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
