import { formatDate } from "@/lib/format-date";
import { isStaleAccess } from "@/lib/catalog/freshness";
import type { SourceRef } from "@/lib/validations/api";

const KIND_LABEL: Record<SourceRef["kind"], string> = {
  vendor: "Vendor",
  project: "Project",
  press: "Press",
  community: "Community",
};

/** Publisher, kind and dates of a source, as the citation shows them. */
function details(source: SourceRef, stale: boolean): string {
  const parts = [source.publisher, KIND_LABEL[source.kind], source.published ? `published ${formatDate(source.published)}` : "undated"];
  parts.push(
    source.accessed ? `accessed ${formatDate(source.accessed)}${stale ? " (not re-read since: may be out of date)" : ""}` : "access date not recorded",
  );
  if (!source.url) parts.push("no web address known");
  return parts.join(" · ");
}

/** One source as a citation: linked title, publisher, kind and dates, and the words it is cited for. */
export function SourceCitation({ source, quote }: { source: SourceRef; quote?: string | null }) {
  const stale = isStaleAccess(source.accessed);
  return (
    <span className="text-sm">
      {source.url ? (
        <a href={source.url} className="link" rel="noreferrer noopener">
          {source.title}
        </a>
      ) : (
        <span className="font-medium">{source.title}</span>
      )}
      {/* One string, not a text node per part: this line repeats for every source on a page. */}
      <span className={stale ? "muted stale-source" : "muted"} data-stale={stale ? "true" : undefined}>{` — ${details(source, stale)}`}</span>
      {quote ? (
        <blockquote className="source-quote" cite={source.url ?? undefined}>
          {`“${quote}”`}
        </blockquote>
      ) : null}
    </span>
  );
}
