import { asList, asText, flagsOf, leastFavourable, positionsOf } from "@/lib/decide/positions";
import { describeAttribute } from "@/lib/decide/describe";
import { countedSupport, supportEnd, supportYearsLeft, yearsInProduction } from "@/lib/decide/support";
import { formatDate } from "@/lib/format-date";
import type { Flag, Positions, ScoringAttribute, ScoringDistro } from "@/lib/decide/types";
import type { CriterionKey } from "@/lib/decide/inputs";
import { PLACES } from "@/lib/decide/inputs";
import type { ClaimValue } from "@/lib/validations/catalog";

export type CriterionContext = { today: string; attributes: ScoringAttribute[] };
/** value is 0..1; flags name the attributes read conservatively. */
export type CriterionScore = { value: number; detail: string; flags: { attribute: string; flag: Flag }[] };
export type Criterion = { key: CriterionKey; label: string; rule: string; evaluate: (d: ScoringDistro, ctx: CriterionContext) => CriterionScore };

/** Full marks at this many years (support left, years in production). */
export const YEARS_FOR_FULL_MARKS = 5;

/** An enum value's rank as a share of the attribute's best rank; 0 for an unranked or unlisted value. */
export function rankShare(attributes: ScoringAttribute[], key: string, value: ClaimValue): number {
  const values = attributes.find((a) => a.key === key)?.values ?? [];
  const best = Math.max(0, ...values.map((v) => v.rank ?? 0));
  const rank = values.find((v) => v.value === value)?.rank;
  return rank === undefined || best === 0 ? 0 : rank / best;
}

type Part = { key: string; weight: number; score: (v: ClaimValue) => number };

/** Weighted mean of attribute parts, each read at its least favourable position. */
function combine(d: ScoringDistro, parts: Part[], attributes: ScoringAttribute[]): CriterionScore {
  let total = 0;
  const details: string[] = [];
  const flags: CriterionScore["flags"] = [];
  for (const part of parts) {
    const p: Positions = positionsOf(d, part.key);
    total += part.weight * leastFavourable(p, part.score);
    details.push(describeAttribute(attributes, part.key, p));
    for (const flag of flagsOf(p)) flags.push({ attribute: part.key, flag });
  }
  const weightSum = parts.reduce((s, p) => s + p.weight, 0);
  return { value: total / weightSum, detail: details.join("; "), flags };
}

const isImage = (v: ClaimValue) => (typeof v === "string" && v.startsWith("image-") ? 1 : 0);
const hasPackageManager = (v: ClaimValue) => (v !== "none" ? 1 : 0);
const GENERAL_PURPOSE = /general[- ]purpose/i;

export const CRITERIA: Criterion[] = [
  {
    key: "support-remaining",
    label: "Support remaining",
    rule: `Years left on the current release's covering support tier (maintenance, else standard) from today; for a node OS whose support follows its managed Kubernetes version, years left of standard support on the newest version a service offers with it. ${YEARS_FOR_FULL_MARKS} years or more scores full marks, and no published end scores 0.`,
    evaluate(d, { today }) {
      const counted = countedSupport(d, today);
      const years = supportYearsLeft(d, today);
      if (!counted || years === null) {
        const end = supportEnd(d, today);
        const detail = end ? `${end.release}: ${end.tierName} end not published` : "no release with a support tier in the catalog";
        return { value: 0, detail, flags: [{ attribute: "support-lifecycle", flag: "unknown" }] };
      }
      const value = Math.min(years, YEARS_FOR_FULL_MARKS) / YEARS_FOR_FULL_MARKS;
      if (counted.basis === "os") {
        return { value, detail: `${counted.label}: ${years.toFixed(1)} years left (${counted.tierName} to ${formatDate(counted.end)})`, flags: [] };
      }
      const w = counted.window;
      const extended = w.extendedEnd
        ? `; ${w.extendedName.toLowerCase()}${w.extendedPaid ? " (paid)" : ""} to ${formatDate(w.extendedEnd)}`
        : w.extendedOffered
          ? `; ${w.extendedName.toLowerCase()}: end not published`
          : "";
      const limit = w.limitedBy === "os" && w.os ? `, limited by ${w.os.release}'s own end` : "";
      // Dates a tracker reports, or we worked out from the service's rule, are flagged like any such value.
      const flags: CriterionScore["flags"] = w.status === "confirmed" ? [] : [{ attribute: "support-lifecycle", flag: w.status }];
      return {
        value,
        detail: `${counted.label}: ${w.standardName.toLowerCase()} to ${formatDate(counted.end)}, ${years.toFixed(1)} years left${limit}${extended}`,
        flags,
      };
    },
  },
  {
    key: "update-safety",
    label: "Update safety",
    rule: "Half for an atomic image-based update model, half for rollback (automatic full, manual half, none or unknown nothing).",
    evaluate: (d, { attributes }) =>
      combine(
        d,
        [
          { key: "update-model", weight: 1, score: isImage },
          { key: "rollback", weight: 1, score: (v) => rankShare(attributes, "rollback", v) },
        ],
        attributes,
      ),
  },
  {
    key: "attack-surface",
    label: "Attack surface",
    rule: "Equal thirds for the root filesystem (dm-verity best, then read-only), having no package manager on the host, and SELinux enforcing by default.",
    evaluate: (d, { attributes }) =>
      combine(
        d,
        [
          { key: "root-filesystem", weight: 1, score: (v) => rankShare(attributes, "root-filesystem", v) },
          { key: "package-manager", weight: 1, score: (v) => 1 - hasPackageManager(v) },
          { key: "selinux-default", weight: 1, score: (v) => rankShare(attributes, "selinux-default", v) },
        ],
        attributes,
      ),
  },
  {
    key: "flexibility",
    label: "Flexibility",
    rule: "Half for a package manager (a package ecosystem to install from), half for a stated general-purpose use.",
    evaluate: (d, { attributes }) =>
      combine(
        d,
        [
          { key: "package-manager", weight: 1, score: hasPackageManager },
          { key: "purpose", weight: 1, score: (v) => (GENERAL_PURPOSE.test(asText(v)) ? 1 : 0) },
        ],
        attributes,
      ),
  },
  {
    key: "certifications",
    label: "Security certifications",
    rule: "Half for FIPS 140 (validated full, available two thirds, in progress one third), half for Secure Boot support.",
    evaluate: (d, { attributes }) =>
      combine(
        d,
        [
          { key: "fips", weight: 1, score: (v) => rankShare(attributes, "fips", v) },
          { key: "secure-boot", weight: 1, score: (v) => (v === true ? 1 : 0) },
        ],
        attributes,
      ),
  },
  {
    key: "portability",
    label: "Portability",
    rule: `The share of the ${PLACES.length} places it runs (AWS, Azure, Google Cloud, other clouds, on-premises) that its sources name.`,
    evaluate: (d, { attributes }) =>
      combine(
        d,
        [{ key: "availability", weight: 1, score: (v) => asList(v).filter((p) => (PLACES as readonly string[]).includes(p)).length / PLACES.length }],
        attributes,
      ),
  },
  {
    key: "maturity",
    label: "Maturity",
    rule: `Half for its status (GA full, preview one third, deprecated or end-of-life nothing), half for years since its first catalogued release (${YEARS_FOR_FULL_MARKS} or more full marks, undated nothing).`,
    evaluate(d, ctx) {
      const status = combine(d, [{ key: "status", weight: 1, score: (v) => rankShare(ctx.attributes, "status", v) }], ctx.attributes);
      const years = yearsInProduction(d, ctx.today);
      const flags = [...status.flags];
      if (years === null) flags.push({ attribute: "releases", flag: "unknown" });
      const yearsShare = years === null ? 0 : Math.min(years, YEARS_FOR_FULL_MARKS) / YEARS_FOR_FULL_MARKS;
      const yearsText = years === null ? "no dated release" : `${years.toFixed(1)} years since first release`;
      return { value: (status.value + yearsShare) / 2, detail: `${status.detail}; ${yearsText}`, flags };
    },
  },
];

export function criterion(key: CriterionKey): Criterion {
  const c = CRITERIA.find((x) => x.key === key);
  if (!c) throw new Error(`unknown criterion ${key}`);
  return c;
}
