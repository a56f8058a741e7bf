import type { CatalogVersion } from "@/lib/validations/api";

export function SiteFooter({ version }: { version: CatalogVersion }) {
  return (
    <footer className="border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-4 sm:px-6">
        <p>
          Catalog version{" "}
          <code className="font-mono" data-testid="catalog-version">
            {version.hash}
          </code>
          , loaded <time dateTime={version.loadedAt}>{version.loadedAt.slice(0, 10)}</time>
        </p>
        <p className="no-print flex gap-4">
          <a href="/docs/api" className="underline">
            API reference
          </a>
          <a href="/api/v1/openapi.json" className="underline">
            Read API (OpenAPI)
          </a>
        </p>
      </div>
    </footer>
  );
}
