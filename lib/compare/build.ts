import { attributeOf, leadClaim } from "@/lib/catalog/claims";
import { coveringTier, formatDate } from "@/lib/lifecycle";
import type { AttributeView, DistroDetail } from "@/lib/validations/api";
import type { ClaimEvidence, CompareAttribute, CompareCell, CompareData, CompareDistro, DistroEvidence } from "@/lib/compare/types";

/** Key of the row derived from release data rather than a catalog attribute. */
export const SUPPORT_END_KEY = "support-end";

const SUPPORT_END: CompareAttribute = {
  key: SUPPORT_END_KEY,
  label: "Support ends (newest cycle)",
  group: "Lifecycle",
  valueType: "text",
  values: null,
  order: "date",
  explanation:
    "When fixes stop for the newest release cycle without a separate contract: the end of maintenance where the vendor offers it, else of standard support. Taken from the release-cycle data and its sources; later is better.",
};

function orderOf(a: AttributeView): CompareAttribute["order"] {
  if (a.valueType === "boolean") return "boolean";
  if (a.valueType === "list") return "superset";
  if (a.values?.some((v) => v.rank !== undefined)) return "rank";
  return "none";
}

/** A cell with each claim's evidence beside it: what the page shows, and what its dialog and JSON export add. */
type SourcedCell = { cell: CompareCell; evidence: ClaimEvidence[] };

function supportEndCell(d: DistroDetail): SourcedCell {
  const release = d.currentRelease;
  const tier = release ? coveringTier(release) : null;
  const sources = release?.sources ?? [];
  if (!release || !tier || tier.end === null) {
    const why = !release
      ? "The catalog lists no release cycle with dates."
      : !tier
        ? `${release.label} has no support tier published.`
        : `${release.label}: no source publishes when ${tier.name.toLowerCase()} ends.`;
    return {
      cell: { status: "unknown", claims: [{ value: null, display: "End not published", status: "unknown", preferred: true }] },
      evidence: [{ note: why, sources }],
    };
  }
  return {
    cell: {
      status: "confirmed",
      claims: [
        {
          value: tier.end,
          display: `${formatDate(tier.end)} (${release.label}, ${tier.name}${tier.paid ? ", paid" : ""})`,
          status: "confirmed",
          preferred: true,
        },
      ],
    },
    evidence: [{ note: release.note, sources }],
  };
}

/** Every cell of a distro, keyed by attribute, with the support-end row derived from its release data. */
function sourcedCells(d: DistroDetail): Record<string, SourcedCell> {
  const cells: Record<string, SourcedCell> = {};
  for (const attr of d.attributes) {
    cells[attr.key] = {
      cell: { status: attr.status, claims: attr.claims.map((c) => ({ value: c.value, display: c.display, status: c.status, preferred: c.preferred })) },
      evidence: attr.claims.map((c) => ({ note: c.note, sources: c.sources })),
    };
  }
  cells[SUPPORT_END_KEY] = supportEndCell(d);
  return cells;
}

/**
 * The notes and sources behind a distro's cells, claim for claim in the order
 * buildCompareData puts them; the browser builds it from the catalog API's
 * answer for the distro when a cell is opened or the view exported as JSON.
 */
export function distroEvidence(d: DistroDetail): DistroEvidence {
  return Object.fromEntries(Object.entries(sourcedCells(d)).map(([key, c]) => [key, c.evidence]));
}

/** Turns catalog records into the compact, serialisable data the comparison table works on. */
export function buildCompareData(distros: DistroDetail[], attributes: AttributeView[], today: string, catalogVersion: string): CompareData {
  const compareAttributes: CompareAttribute[] = [];
  for (const a of attributes) {
    compareAttributes.push({
      key: a.key,
      label: a.label,
      group: a.group,
      valueType: a.valueType,
      values: a.values,
      explanation: a.explanation,
      order: orderOf(a),
    });
    if (a.key === "support-lifecycle") compareAttributes.push(SUPPORT_END);
  }
  if (!compareAttributes.includes(SUPPORT_END)) compareAttributes.unshift(SUPPORT_END);

  const compareDistros: CompareDistro[] = distros.map((d) => {
    const cells = Object.fromEntries(Object.entries(sourcedCells(d)).map(([key, c]) => [key, c.cell]));
    const pm = leadClaim(attributeOf(d, "package-manager"));
    const um = leadClaim(attributeOf(d, "update-model"));
    return {
      slug: d.slug,
      name: d.name,
      vendor: d.vendor,
      kind: d.kind,
      status: d.status,
      featured: d.featured,
      packageManager: typeof pm?.value === "string" ? pm.value : null,
      updateModel: typeof um?.value === "string" ? um.value : null,
      cells,
    };
  });
  return { today, catalogVersion, attributes: compareAttributes, distros: compareDistros };
}
