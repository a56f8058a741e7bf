import type { DistroKind, DistroStatus } from "@/lib/validations/catalog";

export const KIND_LABEL: Record<DistroKind, string> = {
  "general-purpose": "General-purpose server OS",
  "container-host": "Container host",
};

export const STATUS_LABEL: Record<DistroStatus, string> = {
  preview: "Preview",
  ga: "Generally available",
  deprecated: "Deprecated",
  "end-of-life": "End of life",
};
