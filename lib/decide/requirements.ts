import { describeValue, attributeLabel } from "@/lib/decide/describe";
import { asList, asText, positionsOf } from "@/lib/decide/positions";
import { countedSupport, supportEnd, supportYearsLeft } from "@/lib/decide/support";
import { windowLabel } from "@/lib/kubernetes/effective";
import { formatDate } from "@/lib/format-date";
import type { ScoringAttribute, ScoringDistro } from "@/lib/decide/types";
import type { ManagedKubernetes, Place } from "@/lib/decide/inputs";
import type { Requirements } from "@/lib/validations/report";
import type { ClaimValue } from "@/lib/validations/catalog";

export type RequirementKey = keyof Requirements;

/**
 * met: the sources show the candidate meets it. unmet: they show it does not.
 * unverified: no source states the value, or sources disagree about it, so
 * the catalog cannot tell: the candidate stays, flagged, unless strict.
 */
export type RequirementOutcome = "met" | "unmet" | "unverified";
export type RequirementCheck = {
  requirement: RequirementKey;
  label: string;
  outcome: RequirementOutcome;
  reason: string;
  /** For an unverified outcome: what needs checking, as a reader names it. */
  needsChecking: string | null;
};

export const PLACE_LABEL: Record<Place, string> = {
  aws: "AWS",
  azure: "Azure",
  gcp: "Google Cloud",
  "other-clouds": "other clouds",
  "on-premises": "on-premises",
};
export const KUBERNETES_LABEL: Record<ManagedKubernetes, string> = { eks: "Amazon EKS", aks: "Azure AKS", gke: "Google GKE" };

/**
 * The managed-kubernetes claim is free text. A service counts when its
 * acronym appears as a word and the text does not say it ended, was
 * retired, is planned, is not yet available, or is not offered at all
 * ("not offered on EKS, AKS or GKE", "None: …").
 */
const NOT_OFFERED = /\b(ended|retired|planned|not yet|deprecated|not (?:offered|available|supported)|no (?:managed|longer))\b|^\s*none\b/i;
export function offersManagedKubernetes(text: string, service: ManagedKubernetes): boolean {
  return new RegExp(`\\b${service}\\b`, "i").test(text) && !NOT_OFFERED.test(text);
}

/** Describes each requirement as a user reads it. */
export function requirementLabel(key: RequirementKey, r: Requirements): string {
  switch (key) {
    case "ga":
      return "Must be generally available (GA)";
    case "packageManager":
      return "Needs a package manager";
    case "imageRollback":
      return "Must be image-based with rollback";
    case "arm64":
      return "Needs arm64 (aarch64)";
    case "fips":
      return "Needs FIPS 140 (validated or available)";
    case "readOnlyRoot":
      return "Needs a read-only root filesystem";
    case "secureBoot":
      return "Needs Secure Boot";
    case "selinuxEnforcing":
      return "Needs SELinux enforcing by default";
    case "cloud":
      return `Must run on ${r.cloud ? PLACE_LABEL[r.cloud] : "a cloud"}`;
    case "managedKubernetes":
      return `Must be a node OS of ${r.managedKubernetes ? KUBERNETES_LABEL[r.managedKubernetes] : "managed Kubernetes"}`;
    case "minSupportYears":
      return `At least ${r.minSupportYears} year${r.minSupportYears === 1 ? "" : "s"} of support left`;
  }
}

type Outcome = Omit<RequirementCheck, "requirement" | "label">;

/**
 * One attribute against a test, read position by position: met when every
 * stated position passes, unmet when every one fails, unverified when no
 * source states it or the positions disagree on the answer.
 */
function attributeOutcome(d: ScoringDistro, attributes: ScoringAttribute[], key: string, test: (v: ClaimValue) => boolean): Outcome {
  const p = positionsOf(d, key);
  const label = attributeLabel(attributes, key);
  const reason = `${label}: ${describeValue(attributes, key, p)}`;
  if (p.unknown) return { outcome: "unverified", reason, needsChecking: label };
  const results = p.values.map(test);
  if (results.every(Boolean)) return { outcome: "met", reason, needsChecking: null };
  if (results.every((x) => !x)) return { outcome: "unmet", reason, needsChecking: null };
  return { outcome: "unverified", reason, needsChecking: label };
}

/** Both must hold: unmet if either is, unverified if either cannot be told. */
function both(a: Outcome, b: Outcome): Outcome {
  const outcome = a.outcome === "unmet" || b.outcome === "unmet" ? "unmet" : a.outcome === "unverified" || b.outcome === "unverified" ? "unverified" : "met";
  const needs = [a.needsChecking, b.needsChecking].filter((x): x is string => x !== null);
  return { outcome, reason: `${a.reason}; ${b.reason}`, needsChecking: outcome === "unverified" && needs.length > 0 ? needs.join(" and ") : null };
}

function check(key: RequirementKey, d: ScoringDistro, r: Requirements, today: string, attributes: ScoringAttribute[]): Outcome {
  const attr = (k: string, test: (v: ClaimValue) => boolean) => attributeOutcome(d, attributes, k, test);
  switch (key) {
    case "ga":
      return attr("status", (v) => v === "ga");
    case "packageManager":
      return attr("package-manager", (v) => v !== "none");
    case "imageRollback":
      return both(
        attr("update-model", (v) => asText(v).startsWith("image-")),
        attr("rollback", (v) => v === "automatic" || v === "manual"),
      );
    case "arm64":
      return attr("architectures", (v) => asList(v).includes("aarch64"));
    case "fips":
      return attr("fips", (v) => v === "validated" || v === "available");
    case "readOnlyRoot":
      return attr("root-filesystem", (v) => v === "dm-verity" || v === "read-only");
    case "secureBoot":
      return attr("secure-boot", (v) => v === true);
    case "selinuxEnforcing":
      return attr("selinux-default", (v) => v === "enforcing");
    case "cloud":
      return attr("availability", (v) => asList(v).includes(r.cloud ?? ""));
    case "managedKubernetes": {
      // The service's own list of node OS options decides when the catalog has it; the attribute's text otherwise.
      const offered = (d.managedKubernetes ?? []).find((w) => w.service === r.managedKubernetes && w.stage !== "retired");
      if (offered) return { outcome: "met", reason: `offered on ${windowLabel(offered)}`, needsChecking: null };
      return attr("managed-kubernetes", (v) => offersManagedKubernetes(asText(v), r.managedKubernetes ?? "eks"));
    }
    case "minSupportYears": {
      const years = supportYearsLeft(d, today);
      const counted = countedSupport(d, today);
      if (years === null || !counted) {
        const end = supportEnd(d, today);
        const reason = end ? `${end.release}: end of ${end.tierName.toLowerCase()} not published` : "no release with a support tier in the catalog";
        return { outcome: "unverified", reason, needsChecking: "Support lifecycle" };
      }
      return {
        outcome: years >= (r.minSupportYears ?? 0) ? "met" : "unmet",
        reason: `${counted.label}: ${years.toFixed(1)} years left (to ${formatDate(counted.end)})`,
        needsChecking: null,
      };
    }
  }
}

const ORDER: RequirementKey[] = [
  "ga",
  "packageManager",
  "imageRollback",
  "arm64",
  "fips",
  "readOnlyRoot",
  "secureBoot",
  "selinuxEnforcing",
  "cloud",
  "managedKubernetes",
  "minSupportYears",
];

/** Every active requirement checked, in a fixed order, each met, unmet or unverified. */
export function checkRequirements(d: ScoringDistro, r: Requirements, today: string, attributes: ScoringAttribute[]): RequirementCheck[] {
  return ORDER.filter((k) => r[k] !== undefined && r[k] !== false).map((k) => ({
    requirement: k,
    label: requirementLabel(k, r),
    ...check(k, d, r, today, attributes),
  }));
}
