import { ChangeList } from "@/components/changes/change-list";
import { IgnoredParamsNotice } from "@/components/ignored-params-notice";
import { changeDateLabel } from "@/lib/changes/dates";
import { CHANGE_KIND_LABEL } from "@/lib/changes/labels";
import { ignoredParams } from "@/lib/ignored-params";
import { CHANGE_KINDS, type ChangeKind } from "@/lib/validations/changes";
import type { ChangeLog } from "@/lib/data/changes";
import type { DistroSummary } from "@/lib/validations/api";

const field = "block rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

/** The page shows this many at most; the API and the filters reach the rest. */
export const CHANGES_SHOWN = 300;

type Props = { log: ChangeLog; distros: DistroSummary[]; params: URLSearchParams };

export function ChangesView({ log, distros, params }: Props) {
  const notices = ignoredParams(params, distros, [
    { name: "distro", allowed: distros.map((d) => d.slug) },
    { name: "kind", allowed: CHANGE_KINDS },
  ]);
  const distro = distros.find((d) => d.slug === params.get("distro")) ?? null;
  const kind = (CHANGE_KINDS as readonly string[]).includes(params.get("kind") ?? "") ? (params.get("kind") as ChangeKind) : null;
  const matching = log.changes.filter((c) => (!distro || c.distro === distro.slug) && (!kind || c.kind === kind));
  const shown = matching.slice(0, CHANGES_SHOWN);
  const first = log.versions[0];
  const feed = distro ? `/distros/${distro.slug}/changes.atom` : "/changes.atom";
  const apiHref = distro ? `/api/v1/changes?distro=${distro.slug}` : "/api/v1/changes";
  return (
    <div className="flex flex-col gap-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">What changed</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Every difference between the catalog versions this site has loaded, newest first: new releases, moved end dates, changed values, evidence and sources,
          and new disputes. Each shows what it was, what it is now and since when. Earlier positions that vendors themselves replaced, such as a moved end of
          life, are listed under the date of the vendor&apos;s statement.
        </p>
        <p className="mt-2 text-sm muted" data-testid="tracking-since">
          {first
            ? `Catalog versions kept since ${changeDateLabel(first.loadedAt)} (${log.versions.length} ${log.versions.length === 1 ? "version" : "versions"}); the first is the baseline, so what it held is not listed as a change.`
            : "No catalog version has been kept yet."}
        </p>
      </header>
      <IgnoredParamsNotice messages={notices} />
      <form method="get" action="/changes" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filter changes">
        <div className="flex flex-col gap-1">
          <label htmlFor="changes-distro" className="font-medium">
            Distro
          </label>
          <select id="changes-distro" name="distro" defaultValue={distro?.slug ?? ""} className={field}>
            <option value="">All distros</option>
            {distros.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="changes-kind" className="font-medium">
            Kind of change
          </label>
          <select id="changes-kind" name="kind" defaultValue={kind ?? ""} className={field}>
            <option value="">All kinds</option>
            {CHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {CHANGE_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-sky-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-sky-800">
          Show
        </button>
        <a href={feed} className="link" type="application/atom+xml" data-testid="feed-link">
          {distro ? `Subscribe to ${distro.name}'s changes (Atom feed)` : "Subscribe to all changes (Atom feed)"}
        </a>
        <a href={apiHref} className="link">
          As JSON
        </a>
      </form>
      <p className="text-sm" role="status" data-testid="change-count">
        {matching.length === 0
          ? `No changes${distro ? ` for ${distro.name}` : ""}${kind ? ` of this kind` : ""} yet.`
          : `${matching.length} ${matching.length === 1 ? "change" : "changes"}${distro ? ` for ${distro.name}` : ""}${matching.length > shown.length ? `; the newest ${shown.length} are shown (filter by distro or kind, or use the JSON list, for the rest)` : ""}.`}
      </p>
      <ChangeList changes={shown} showDistro={!distro} />
    </div>
  );
}
