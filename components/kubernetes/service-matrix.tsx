import Link from "next/link";
import { ClaimValue } from "@/components/claim-value";
import { SourceCitation } from "@/components/source-citation";
import { buildMatrix, versionRange } from "@/lib/kubernetes/matrix";
import type { ClaimView, ManagedServiceView, NodeOsView } from "@/lib/validations/api";

const ARCH: Record<string, string> = { x86_64: "x86_64", aarch64: "Arm64" };
const FIPS: Record<string, string> = { available: "FIPS node images", none: "No FIPS node images" };
const CONFIDENTIAL: Record<string, string> = { available: "Confidential nodes", preview: "Confidential nodes (preview)", none: "No confidential nodes" };
const STAGE: Record<NodeOsView["stage"], string | null> = { ga: null, preview: "Preview", retired: "No longer offered" };

/** A claim's value as a short phrase; "not stated" keeps a gap visible. */
function phrase(c: ClaimView, words: (v: string) => string): string {
  if (c.status === "unknown" || c.value === null) return "not stated";
  const values = Array.isArray(c.value) ? c.value : [String(c.value)];
  return values.map(words).join(", ");
}

/** One fact of a node OS option: its value in the matrix's short words, with the claim's status badge. */
function Fact({ label, claim, text }: { label: string; claim: ClaimView; text: string }) {
  return (
    <li>
      <span className="muted">{label}: </span>
      <ClaimValue claim={{ display: text, status: claim.status }} className={claim.status === "unknown" ? "italic" : undefined} />
    </li>
  );
}

function Option({ option }: { option: NodeOsView }) {
  const claims = [option.versions, option.architectures, option.fips, option.confidential];
  const sources = claims.flatMap((c) => c.sources.map((s) => ({ s, checked: c.status === "unknown" })));
  const stage = STAGE[option.stage];
  return (
    <div className="flex flex-col gap-1" data-testid="matrix-option">
      <p className="font-medium">
        {option.name}
        {stage ? <span className="ml-1 rounded bg-slate-100 px-1 text-xs font-normal dark:bg-slate-800">{stage}</span> : null}
      </p>
      <ul className="text-xs">
        <Fact label="Kubernetes" claim={option.versions} text={Array.isArray(option.versions.value) ? versionRange(option.versions.value) : "not stated"} />
        <Fact label="Architectures" claim={option.architectures} text={phrase(option.architectures, (v) => ARCH[v] ?? v)} />
        <Fact label="FIPS" claim={option.fips} text={phrase(option.fips, (v) => FIPS[v] ?? v)} />
        <Fact label="Confidential" claim={option.confidential} text={phrase(option.confidential, (v) => CONFIDENTIAL[v] ?? v)} />
      </ul>
      {option.note ? <p className="text-xs muted">{option.note}</p> : null}
      <details>
        <summary className="cursor-pointer text-xs muted">{`Sources for ${option.name}`}</summary>
        <ul className="mt-1 flex flex-col gap-1">
          {sources.map(({ s, checked }, i) => (
            <li key={`${s.id}-${i}`}>
              {checked ? <span className="text-xs muted">Checked, not stated: </span> : null}
              <SourceCitation source={s} quote={checked ? null : s.quote} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** Services against node OS options: what each service offers of each OS, every cell with its sources. */
export function ServiceMatrix({ services }: { services: ManagedServiceView[] }) {
  const rows = buildMatrix(services);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Node OS options by managed Kubernetes service (scrolls sideways)">
      <table className="w-full min-w-[56rem] table-fixed text-left text-sm" data-testid="service-matrix">
        <caption className="sr-only">
          Node OS options by managed Kubernetes service: Kubernetes versions offered, architectures, FIPS and confidential nodes
        </caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th scope="col" className="w-40 py-2 pr-3">
              Node OS
            </th>
            {services.map((s) => (
              <th key={s.slug} scope="col" className="py-2 pr-3">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top dark:border-slate-800" data-testid="matrix-row">
              <th scope="row" className="py-2 pr-3 font-medium">
                {row.distro ? (
                  <Link href={`/distros/${row.distro}`} className="link">
                    {row.label}
                  </Link>
                ) : (
                  row.label
                )}
                {row.distro ? null : <span className="block text-xs font-normal muted">Not in the catalog</span>}
              </th>
              {services.map((s) => {
                const options = row.cells[s.slug] ?? [];
                return (
                  <td key={s.slug} className="py-2 pr-3">
                    {options.length === 0 ? (
                      <span className="muted">{`Not among ${s.shortName}'s node OS options`}</span>
                    ) : (
                      <div className="flex flex-col gap-3">
                        {options.map((o) => (
                          <Option key={o.name} option={o} />
                        ))}
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
