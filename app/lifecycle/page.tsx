import type { Metadata } from "next";
import { LifecycleView } from "@/components/lifecycle/lifecycle-view";
import { UrlStateAdapter } from "@/components/url-state-adapter";
import { listLifecycleData } from "@/lib/data/views";
import { isoDay } from "@/lib/lifecycle";

export const metadata: Metadata = { title: "Lifecycle" };

// Prerendered; refreshed hourly so the today line and statuses stay true.
export const revalidate = 3600;

export default async function LifecyclePage() {
  const distros = await listLifecycleData();
  return (
    <div className="flex flex-col gap-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Lifecycle</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Release cycles of the chosen distributions on one time axis, a bar per support tier under the vendor&apos;s own name. An end no source publishes fades
          out to the right edge, marked “end not published”; a tier that needs a paid subscription or add-on is hatched and marked “paid”.
        </p>
      </header>
      <UrlStateAdapter>
        <LifecycleView distros={distros} today={isoDay()} />
      </UrlStateAdapter>
    </div>
  );
}
