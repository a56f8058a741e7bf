import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  return (
    <div className="flex flex-col gap-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">API reference</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Every endpoint of the JSON API, its parameters and the shape of its answers. Reads can be tried from this page. The same description is available as
          an{" "}
          <a href="/api/v1/openapi.json" className="link">
            OpenAPI document
          </a>{" "}
          for code generators and API clients.
        </p>
      </header>
      <ApiReference document={openApiDocument()} />
    </div>
  );
}
