import { IntentLink } from "@/components/intent-link";
import { DistroCard } from "@/components/distro-card";
import { getCatalogVersion, listDistroDetails, listSources } from "@/lib/data/catalog";
import { isoDay } from "@/lib/lifecycle";

// Prerendered; refreshed hourly so "ends in …" stays true as days pass.
export const revalidate = 3600;

export default async function OverviewPage() {
  const [distros, version, sources] = await Promise.all([listDistroDetails(), getCatalogVersion(), listSources()]);
  const today = isoDay();
  const featured = distros.filter((d) => d.featured);
  const others = distros.filter((d) => !d.featured);
  return (
    <div className="flex flex-col gap-8">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Cloud Linux, compared with sources</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          {distros.length} distributions from the hyperscalers and their kin, described by the same attributes. Every value names its source and date; where
          sources disagree both positions are shown, and what no source states is marked unknown.
        </p>
        <p className="mt-2 text-sm muted">
          Catalog <code className="font-mono">{version.hash}</code> · {sources.length} sources ·{" "}
          <IntentLink href="/sources" className="underline">
            browse the sources
          </IntentLink>
        </p>
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-3 text-xl font-semibold">
          Current OSes from Microsoft, AWS and Google
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {featured.map((d) => (
            <DistroCard key={d.slug} distro={d} today={today} />
          ))}
        </div>
      </section>
      <section aria-labelledby="kin-heading">
        <h2 id="kin-heading" className="mb-3 text-xl font-semibold">
          Predecessors and reference points
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {others.map((d) => (
            <DistroCard key={d.slug} distro={d} today={today} />
          ))}
        </div>
      </section>
    </div>
  );
}
