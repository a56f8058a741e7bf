"use client";

import SwaggerUI from "swagger-ui-react";
import "swagger-ui-react/swagger-ui.css";
import "@/components/api-docs/swagger-contrast.css";

export type OpenApiRendererProps = { document: object };

// Only reads may be tried from the page: they go to this origin (the document names no
// other server) and change nothing. Saving or deleting a report is described, not sent.
const TRY_IT_METHODS: ("get" | "head")[] = ["get", "head"];

export default function SwaggerReference({ document }: OpenApiRendererProps) {
  return (
    // Swagger UI draws dark text on a light background whatever the colour scheme.
    <div className="api-reference rounded-lg bg-white text-slate-900 ring-1 ring-slate-200 dark:ring-slate-700" data-testid="api-reference">
      <SwaggerUI spec={document} supportedSubmitMethods={TRY_IT_METHODS} docExpansion="list" defaultModelsExpandDepth={1} />
    </div>
  );
}
