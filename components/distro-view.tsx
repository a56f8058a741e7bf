import { IntentLink } from "@/components/intent-link";
import { AttributeClaimsView } from "@/components/attribute-claims";
import { KIND_LABEL, STATUS_LABEL } from "@/components/labels";
import { ReleaseTable } from "@/components/release-table";
import { SupportWindows } from "@/components/kubernetes/support-windows";
import { SourceCitation } from "@/components/source-citation";
import { attributeGroups } from "@/lib/catalog/constants";
import { SOURCE_FRESH_DAYS, daysSince } from "@/lib/catalog/freshness";
import { formatDate } from "@/lib/format-date";
import { ChangeList } from "@/components/changes/change-list";
import type { AttributeView, DistroDetail } from "@/lib/validations/api";
import type { Change } from "@/lib/validations/changes";

/** The distro page lists this many recent changes; /changes has the rest. */
const RECENT_CHANGES = 20;

function DistroLinks({ slugs, names }: { slugs: string[]; names: Record<string, string> }) {
  return (
    <>
      {slugs.map((s, i) => (
        <span key={s}>
          {i > 0 ? ", " : ""}
          <IntentLink href={`/distros/${s}`} className="text-sky-800 underline dark:text-sky-300">
            {names[s] ?? s}
          </IntentLink>
        </span>
      ))}
    </>
  );
}

function groupId(group: string): string {
  return `group-${group.toLowerCase().replace(/[^a-z]+/g, "-")}`;
}

type Props = { distro: DistroDetail; attributes: AttributeView[]; names: Record<string, string>; today: string; changes: Change[] };

export function DistroView({ distro, attributes, names, today, changes }: Props) {
  // Changes between loaded catalog versions, shown beside the claim they touch (vendor revisions already show as earlier positions).
  const claimChanges = new Map<string, Change[]>();
  for (const c of changes) {
    if (c.subject.type !== "claim" || c.version === null) continue;
    claimChanges.set(c.subject.key, [...(claimChanges.get(c.subject.key) ?? []), c]);
  }
  const meta = new Map(attributes.map((a) => [a.key, a]));
  const groups = attributeGroups.filter((g) => distro.attributes.some((a) => a.group === g));
  const lineage: { label: string; slugs: string[] }[] = [
    { label: "Succeeds", slugs: distro.predecessor ? [distro.predecessor] : [] },
    { label: "Succeeded by", slugs: distro.successors },
    { label: "Derived from", slugs: distro.derivedFrom ? [distro.derivedFrom] : [] },
    { label: "Derivatives", slugs: distro.derivatives },
  ].filter((l) => l.slugs.length > 0);
  const disputed = distro.attributes.filter((a) => a.status === "disputed").length;
  const unknown = distro.attributes.filter((a) => a.status === "unknown").length;
  const reported = distro.attributes.filter((a) => a.status === "reported").length;
  const reviewedDaysAgo = distro.reviewed ? daysSince(distro.reviewed, new Date(`${today}T00:00:00Z`)) : null;

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="text-sm muted">
          <IntentLink href="/" className="underline">
            Overview
          </IntentLink>{" "}
          / {distro.name}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{distro.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {distro.vendor} · {KIND_LABEL[distro.kind]} · {STATUS_LABEL[distro.status]}
          {distro.clouds.length > 0 ? ` · ${distro.clouds.join(", ")}` : ""}
        </p>
        <p className="max-w-3xl">{distro.summary}</p>
        <dl className="grid max-w-3xl gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="muted">Upstream base</dt>
          <dd>{distro.upstreamBase}</dd>
          {lineage.map((l) => (
            <div key={l.label} className="contents">
              <dt className="muted">{l.label}</dt>
              <dd>
                <DistroLinks slugs={l.slugs} names={names} />
              </dd>
            </div>
          ))}
          {distro.homepage ? (
            <>
              <dt className="muted">Homepage</dt>
              <dd>
                <a href={distro.homepage} className="break-all text-sky-800 underline dark:text-sky-300" rel="noreferrer noopener">
                  {distro.homepage}
                </a>
              </dd>
            </>
          ) : null}
          <dt className="muted">In this record</dt>
          <dd>
            {distro.attributes.length} attributes, {disputed} disputed, {reported} reported by press or community only, {unknown} unknown
          </dd>
          <dt className="muted">Last reviewed</dt>
          <dd data-testid="reviewed">
            {distro.reviewed ? (
              <>
                {`Checked against its sources on ${formatDate(distro.reviewed)}`}
                {reviewedDaysAgo !== null && reviewedDaysAgo > SOURCE_FRESH_DAYS ? (
                  <span className="stale-source">{` (${reviewedDaysAgo} days ago: due for a re-check)`}</span>
                ) : null}
              </>
            ) : (
              "Not recorded"
            )}
          </dd>
        </dl>
        <nav aria-label="Sections" className="no-print text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {groups.map((g) => (
              <li key={g}>
                <a href={`#${groupId(g)}`} className="underline">
                  {g}
                </a>
              </li>
            ))}
            <li>
              <a href="#releases" className="underline">
                Release cycles
              </a>
            </li>
            <li>
              <a href="#managed-kubernetes" className="underline">
                On managed Kubernetes
              </a>
            </li>
            <li>
              <a href="#changes" className="underline">
                What changed
              </a>
            </li>
          </ul>
        </nav>
      </header>

      {groups.map((g) => (
        <section key={g} aria-labelledby={groupId(g)}>
          <h2 id={groupId(g)} className="text-xl font-semibold">
            {g}
          </h2>
          <div className="mt-2">
            {distro.attributes
              .filter((a) => a.group === g)
              .map((a) => (
                <AttributeClaimsView key={a.key} attr={a} meta={meta.get(a.key)} changes={claimChanges.get(a.key) ?? []} />
              ))}
          </div>
        </section>
      ))}

      <section aria-labelledby="releases">
        <h2 id="releases" className="mb-3 text-xl font-semibold">
          Release cycles
        </h2>
        <ReleaseTable releases={distro.releases} today={today} />
      </section>

      <section aria-labelledby="managed-kubernetes">
        <h2 id="managed-kubernetes" className="mb-1 text-xl font-semibold">
          On managed Kubernetes
        </h2>
        <p className="mb-3 max-w-3xl text-sm muted">
          Support on a service ends with the earlier of this OS&apos;s own end and the end of the newest Kubernetes version the service offers with it.{" "}
          <IntentLink href="/kubernetes" className="underline">
            All services and versions
          </IntentLink>
        </p>
        <SupportWindows windows={distro.managedKubernetes} today={today} />
      </section>

      <section aria-labelledby="changes">
        <h2 id="changes" className="mb-1 text-xl font-semibold">
          What changed
        </h2>
        <p className="mb-3 max-w-3xl text-sm">
          {changes.length === 0
            ? "No change to this distro since the first catalog version this site kept. "
            : `${changes.length} ${changes.length === 1 ? "change" : "changes"}${changes.length > RECENT_CHANGES ? `, the newest ${RECENT_CHANGES} shown` : ""}. `}
          <IntentLink href={`/changes?distro=${distro.slug}`} className="link">
            All of {distro.name}&apos;s changes
          </IntentLink>
          {" · "}
          <a href={`/distros/${distro.slug}/changes.atom`} className="link" type="application/atom+xml">
            Subscribe (Atom feed)
          </a>
        </p>
        <ChangeList changes={changes.slice(0, RECENT_CHANGES)} showDistro={false} headingLevel={3} />
      </section>

      <section aria-labelledby="record-sources">
        <h2 id="record-sources" className="mb-2 text-xl font-semibold">
          Sources for this record
        </h2>
        <ul className="flex flex-col gap-1">
          {distro.sources.map((s) => (
            <li key={s.id}>
              <SourceCitation source={s} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
