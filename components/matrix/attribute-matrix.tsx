import { ClaimCell } from "@/components/matrix/claim-cell";
import type { MatrixAttribute, MatrixDistro } from "@/lib/data/views";

/** Attributes down, chosen distros across; scrolls sideways inside its box on narrow screens. */
export function AttributeMatrix({ attributes, distros, caption }: { attributes: MatrixAttribute[]; distros: MatrixDistro[]; caption: string }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left align-top text-sm" style={{ minWidth: `${10 + distros.length * 11}rem` }} data-testid="matrix">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th scope="col" className="w-40 py-2 pr-3">
              Attribute
            </th>
            {distros.map((d) => (
              <th key={d.slug} scope="col" className="py-2 pr-3">
                {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {attributes.map((a) => (
            <tr key={a.key} className="border-b border-slate-200 align-top dark:border-slate-800" data-testid={`matrix-row-${a.key}`}>
              <th scope="row" className="py-2 pr-3 font-medium">
                {a.label}
                <details className="mt-1 font-normal">
                  <summary className="cursor-pointer text-xs muted">Why it matters</summary>
                  <p className="mt-1 text-xs">{a.explanation}</p>
                </details>
              </th>
              {distros.map((d) => (
                <td key={d.slug} className="py-2 pr-3">
                  <ClaimCell attribute={d.attributes[a.key]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
