"use client";

import dynamic from "next/dynamic";
import type { OpenApiRendererProps } from "@/components/api-docs/swagger-reference";

// Swagger UI is large and browser-only: its chunk and stylesheet load on this page alone, after it paints.
const SwaggerReference = dynamic(() => import("@/components/api-docs/swagger-reference"), {
  ssr: false,
  loading: () => <p className="muted">Loading the API reference…</p>,
});

export function ApiReference({ document }: OpenApiRendererProps) {
  return <SwaggerReference document={document} />;
}
