import { lifecycleRows, platformFacts, prosAndCons } from "@/lib/report/narrative";
import { quotedSources } from "@/lib/report/citations";
import { distroName, type ReportSnapshot } from "@/lib/report/snapshot";

const th = "border-b border-slate-300 px-2 py-1.5 text-left font-semibold dark:border-slate-700";
const td = "border-b border-slate-200 px-2 py-1.5 align-top dark:border-slate-800";

/** Pros and cons, key lifecycle dates and every source, as they were when the report was saved. */
export function ReportDetails({ report: s }: { report: ReportSnapshot }) {
  const facts = platformFacts(s);
  return (
    <>
      <section aria-labelledby="proscons-h">
        <h2 id="proscons-h" className="text-xl font-semibold">
          Pros and cons of the options
        </h2>
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          {s.candidates.map((slug) => {
            const items = prosAndCons(s, slug);
            return (
              <div key={slug}>
                <h3 className="font-semibold">{distroName(s, slug)}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                  {items.length > 0 ? (
                    items.map((p, i) => (
                      <li key={i}>
                        <strong>{p.kind}</strong>, because {p.text}
                      </li>
                    ))
                  ) : (
                    <li>Does not differ from the other options on the scored criteria.</li>
                  )}
                </ul>
              </div>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="dates-h">
        <h2 id="dates-h" className="text-xl font-semibold">
          Key lifecycle dates
        </h2>
        <div className="mt-2 overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Lifecycle dates table (scrolls sideways)">
          <table className="w-full min-w-[36rem] border-collapse text-sm print:min-w-0 print:text-xs">
            <thead>
              <tr>
                {["Option", "Release", "Released", "End of standard support", "End of covering support"].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lifecycleRows(s).map((r) => (
                <tr key={`${r.distro}-${r.release}`}>
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {r.distro}
                  </th>
                  <td className={td}>{r.release}</td>
                  <td className={td}>{r.released}</td>
                  <td className={td}>{r.standardEnd}</td>
                  <td className={td}>{r.coveringEnd}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {facts.length > 0 && (
        <section aria-labelledby="facts-h">
          <h2 id="facts-h" className="text-xl font-semibold">
            Platform facts (recorded, not scored)
          </h2>
          <div className="mt-2 grid gap-4 md:grid-cols-2" data-testid="platform-facts">
            {facts.map((f) => (
              <div key={f.name}>
                <h3 className="font-medium">{f.name}</h3>
                <dl className="mt-1 space-y-1 text-sm">
                  {f.facts.map((x) => (
                    <div key={x.label}>
                      <dt className="muted">{x.label}</dt>
                      <dd>{x.display}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="sources-h">
        <h2 id="sources-h" className="text-xl font-semibold">
          Sources
        </h2>
        <ul className="mt-2 space-y-1 text-sm" data-testid="report-sources">
          {quotedSources(s).map(({ source: src, citations }) => (
            <li key={src.id}>
              {src.url ? (
                <a href={src.url} className="underline" rel="noreferrer">
                  {src.title}
                </a>
              ) : (
                src.title
              )}{" "}
              — {src.publisher}
              {src.url && <span className="hidden print:inline"> ({src.url})</span>}; accessed {src.accessed || "date not recorded"}
              {citations.length > 0 ? (
                <ul className="mt-0.5 mb-1 ml-4 space-y-0.5">
                  {citations.map((c, i) => (
                    <li key={i}>
                      <span className="muted">{c.about}:</span> <q className="italic">{c.quote}</q>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
