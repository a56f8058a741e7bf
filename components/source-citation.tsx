import { formatDate } from "@/lib/format-date";
import type { SourceRef } from "@/lib/validations/api";

const KIND_LABEL: Record<SourceRef["kind"], string> = {
  vendor: "Vendor",
  project: "Project",
  press: "Press",
  community: "Community",
};

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
      <span className="muted">
        {" "}— {source.publisher} · {KIND_LABEL[source.kind]} · {source.published ? `published ${formatDate(source.published)}` : "undated"}
        {source.accessed ? ` · accessed ${formatDate(source.accessed)}` : ""}
        {source.url ? "" : " · no URL recorded"}
      </span>
    </span>
  );
}
