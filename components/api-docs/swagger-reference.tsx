"use client";

import { useEffect, useRef } from "react";
// The prebuilt bundle, not swagger-ui-react: Turbopack drops side effects inside swagger-ui-react's
// ApiDOM packages, so every OpenAPI 3.1 operation failed to open ("refract is not a function",
// swagger-api/swagger-ui#10599, vercel/next.js#86507). The bundle arrives already linked.
import SwaggerUIBundle from "swagger-ui-dist/swagger-ui-es-bundle.js";
import "swagger-ui-dist/swagger-ui.css";
import "@/components/api-docs/swagger-contrast.css";

export type OpenApiRendererProps = { document: object };

// Only reads may be tried from the page: they go to this origin (the document names no
// other server) and change nothing. Saving or deleting a report is described, not sent.
const TRY_IT_METHODS = ["get", "head"];

export default function SwaggerReference({ document }: OpenApiRendererProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = root.current;
    if (!node) return;
    SwaggerUIBundle({
      domNode: node,
      spec: document,
      supportedSubmitMethods: TRY_IT_METHODS,
      docExpansion: "list",
      defaultModelsExpandDepth: 1,
    });
    // Swagger UI draws late and redraws as operations open, so its gaps are filled each time it does:
    // the server picker has a caption but no label a screen reader announces, and the scrolling
    // examples could not be reached from the keyboard.
    const fillGaps = () => {
      const picker = node.querySelector("#servers");
      if (picker && !picker.hasAttribute("aria-label")) picker.setAttribute("aria-label", "Server");
      for (const example of node.querySelectorAll("pre.microlight:not([tabindex])")) example.setAttribute("tabindex", "0");
    };
    const observer = new MutationObserver(fillGaps);
    observer.observe(node, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      node.replaceChildren();
    };
  }, [document]);
  // Swagger UI draws dark text on a light background whatever the colour scheme.
  return <div ref={root} className="api-reference rounded-lg bg-white text-slate-900 ring-1 ring-slate-200 dark:ring-slate-700" data-testid="api-reference" />;
}
