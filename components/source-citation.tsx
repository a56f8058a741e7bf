import { formatDate } from "@/lib/format-date";
import type { SourceRef } from "@/lib/validations/api";

const KIND_LABEL: Record<SourceRef["kind"], string> = {
  vendor: "Vendor",
  project: "Project",
  press: "Press",
  community: "Community",
};

/** Publisher, kind and dates of a source, as the citation shows them. */
function details(source: SourceRef): string {
  const parts = [source.publisher, KIND_LABEL[source.kind], source.published ? `published ${formatDate(source.published)}` : "undated"];
  if (source.accessed) parts.push(`accessed ${formatDate(source.accessed)}`);
  if (!source.url) parts.push("no URL recorded");
  return parts.join(" · ");
}

/** One source as a citation: linked title, publisher, kind and dates. */
export function SourceCitation({ source }: { source: SourceRef }) {
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
      <span className="muted">{` — ${details(source)}`}</span>
    </span>
  );
}
