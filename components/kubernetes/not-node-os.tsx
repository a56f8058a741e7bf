import { ClaimValue } from "@/components/claim-value";
import { IntentLink } from "@/components/intent-link";
import type { ClaimView } from "@/lib/validations/api";

export type NotNodeOsDistro = { slug: string; name: string; claim: ClaimView | null };

/** Catalog distros that none of the services offers as a node OS, each with what the catalog says about managed Kubernetes for it. */
export function NotNodeOs({ distros, services }: { distros: NotNodeOsDistro[]; services: string }) {
  if (distros.length === 0) return null;
  return (
    <section aria-labelledby="not-node-os-h">
      <h2 id="not-node-os-h" className="text-xl font-semibold">
        Not a node OS on these services
      </h2>
      <p className="mt-1 mb-3 max-w-3xl text-sm">{`None of ${services} lists these catalog distros among its node OS options: on them you build, patch and support the nodes yourselves, or use the vendor's own platform.`}</p>
      <ul className="flex flex-col gap-2 text-sm" data-testid="not-node-os">
        {distros.map((d) => (
          <li key={d.slug} className="flex flex-wrap items-center gap-x-2" data-testid="not-node-os-distro">
            <IntentLink href={`/distros/${d.slug}`} className="link font-medium">
              {d.name}
            </IntentLink>
            {d.claim ? (
              <span>
                {"— "}
                <ClaimValue claim={d.claim} badge="always" />
              </span>
            ) : (
              <span className="muted">— the catalog holds no statement about managed Kubernetes for it</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
