import { ClaimValue } from "@/components/claim-value";
import { IntentLink } from "@/components/intent-link";
import { KIND_LABEL, STATUS_LABEL } from "@/components/labels";
import { SupportBadge } from "@/components/support-badge";
import { attributeOf, leadClaim } from "@/lib/catalog/claims";
import { coveringTier, describeEnd, supportState } from "@/lib/lifecycle";
import type { DistroDetail } from "@/lib/validations/api";

function Fact({ distro, attrKey, label }: { distro: DistroDetail; attrKey: string; label: string }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide muted">{label}</dt>
      <dd className="flex flex-wrap items-center gap-1.5">
        <ClaimValue claim={leadClaim(attributeOf(distro, attrKey))} />
      </dd>
    </div>
  );
}

export function DistroCard({ distro, today }: { distro: DistroDetail; today: string }) {
  const release = distro.currentRelease;
  const tier = release ? coveringTier(release) : null;
  const end = tier?.end ?? null;
  return (
    <article className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="distro-card">
      <header>
        <h3 className="text-lg font-semibold">
          <IntentLink href={`/distros/${distro.slug}`} className="hover:underline">
            {distro.name}
          </IntentLink>
        </h3>
        <p className="text-sm muted">
          {distro.vendor} · {KIND_LABEL[distro.kind]} · {STATUS_LABEL[distro.status]}
        </p>
      </header>
      <dl className="grid gap-2 text-sm">
        <Fact distro={distro} attrKey="package-manager" label="Package manager" />
        <Fact distro={distro} attrKey="update-model" label="Update model" />
        <div>
          <dt className="text-xs uppercase tracking-wide muted">Support end</dt>
          <dd className="flex flex-wrap items-center gap-1.5">
            <SupportBadge state={supportState(end, today)} />
            <span>
              {release && tier
                ? `${release.label} · ${tier.name}: ${describeEnd(end, today)}`
                : release
                  ? `${release.label}: no support tier published`
                  : "No release cycles in the catalog"}
            </span>
          </dd>
        </div>
      </dl>
    </article>
  );
}
