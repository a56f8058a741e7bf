import { IntentLink } from "@/components/intent-link";
import { Suspense } from "react";
import { MainNav, MainNavFallback } from "@/components/main-nav";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <IntentLink href="/" className="text-lg font-semibold tracking-tight no-underline">
          Distro Atlas
        </IntentLink>
        <nav aria-label="Main">
          <Suspense fallback={<MainNavFallback />}>
            <MainNav />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
