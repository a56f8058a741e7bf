import type { Metadata } from "next";
import { NotNodeOs } from "@/components/kubernetes/not-node-os";
import { ServiceMatrix } from "@/components/kubernetes/service-matrix";
import { VersionCalendar } from "@/components/kubernetes/version-calendar";
import { SourceCitation } from "@/components/source-citation";
import { attributeOf, leadClaim } from "@/lib/catalog/claims";
import { listDistroDetails, listManagedKubernetes } from "@/lib/data/catalog";
import { notOnAnyService } from "@/lib/kubernetes/matrix";
import { isoDay } from "@/lib/lifecycle";

export const metadata: Metadata = { title: "Managed Kubernetes" };
export const revalidate = 3600;

function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "managed Kubernetes services";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export default async function KubernetesPage() {
  const [services, distros] = await Promise.all([listManagedKubernetes(), listDistroDetails()]);
  const today = isoDay();
  const elsewhere = notOnAnyService(services, distros).map((d) => ({
    slug: d.slug,
    name: d.name,
    claim: leadClaim(attributeOf(d, "managed-kubernetes")) ?? null,
  }));
  return (
    <div className="flex flex-col gap-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Managed Kubernetes</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {`Which node operating systems ${listNames(services.map((s) => s.name))} offer, on which Kubernetes versions and architectures, with FIPS and confidential nodes; and how long each Kubernetes version is supported. A node OS that publishes no end of its own is supported as long as the Kubernetes version it runs: its effective window is shown on its page.`}
        </p>
      </header>
      {services.length === 0 ? (
        <p>The catalog lists no managed Kubernetes services.</p>
      ) : (
        <>
          <section aria-labelledby="matrix-h">
            <h2 id="matrix-h" className="mb-3 text-xl font-semibold">
              Node OS options by service
            </h2>
            <ServiceMatrix services={services} />
          </section>
          <NotNodeOs distros={elsewhere} services={listNames(services.map((s) => s.shortName))} />
          {services.map((s) => (
            <section key={s.slug} aria-labelledby={`versions-${s.slug}-h`} id={s.slug}>
              <h2 id={`versions-${s.slug}-h`} className="text-xl font-semibold">{`${s.name}: Kubernetes versions`}</h2>
              <p className="mt-1 mb-3 max-w-3xl text-sm">{s.policy.display}</p>
              <details className="mb-3 text-sm">
                <summary className="cursor-pointer muted">{`Sources for ${s.shortName}'s support policy`}</summary>
                <ul className="mt-1 flex flex-col gap-1">
                  {s.policy.sources.map((src) => (
                    <li key={src.id}>
                      <SourceCitation source={src} quote={src.quote} />
                    </li>
                  ))}
                </ul>
              </details>
              <VersionCalendar service={s} today={today} />
            </section>
          ))}
        </>
      )}
    </div>
  );
}
