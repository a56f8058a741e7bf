import { asList, asText, describePositions, everyPosition, positionsOf } from "@/lib/decide/positions";
import { countedSupport, supportEnd, supportYearsLeft } from "@/lib/decide/support";
import { windowLabel } from "@/lib/kubernetes/effective";
import { formatDate } from "@/lib/format-date";
import type { ScoringDistro } from "@/lib/decide/types";
import type { ManagedKubernetes, Place } from "@/lib/decide/inputs";
import type { Requirements } from "@/lib/validations/report";

export type RequirementKey = keyof Requirements;
export type RequirementCheck = { requirement: RequirementKey; label: string; pass: boolean; reason: string };

export const PLACE_LABEL: Record<Place, string> = { aws: "AWS", azure: "Azure", gcp: "Google Cloud", "other-clouds": "other clouds", "on-premises": "on-premises" };
export const KUBERNETES_LABEL: Record<ManagedKubernetes, string> = { eks: "Amazon EKS", aks: "Azure AKS", gke: "Google GKE" };

/**
 * The managed-kubernetes claim is free text. A service counts when its
 * acronym appears as a word and the text does not say it ended, was
 * retired, is planned or is not yet available.
 */
const NOT_OFFERED = /\b(ended|retired|planned|not yet|deprecated)\b/i;
export function offersManagedKubernetes(text: string, service: ManagedKubernetes): boolean {
  return new RegExp(`\\b${service}\\b`, "i").test(text) && !NOT_OFFERED.test(text);
}

/** Describes each requirement as a user reads it. */
export function requirementLabel(key: RequirementKey, r: Requirements): string {
  switch (key) {
    case "ga": return "Must be generally available (GA)";
    case "packageManager": return "Needs a package manager";
    case "imageRollback": return "Must be image-based with rollback";
    case "arm64": return "Needs arm64 (aarch64)";
    case "fips": return "Needs FIPS 140 (validated or available)";
    case "cloud": return `Must run on ${r.cloud ? PLACE_LABEL[r.cloud] : "a cloud"}`;
    case "managedKubernetes": return `Must be a node OS of ${r.managedKubernetes ? KUBERNETES_LABEL[r.managedKubernetes] : "managed Kubernetes"}`;
    case "minSupportYears": return `At least ${r.minSupportYears} year${r.minSupportYears === 1 ? "" : "s"} of support left`;
  }
}

function check(key: RequirementKey, d: ScoringDistro, r: Requirements, today: string): { pass: boolean; reason: string } {
  const attr = (k: string, test: (v: string | boolean | string[]) => boolean) => {
    const p = positionsOf(d, k);
    const pass = everyPosition(p, test);
    const why = p.unknown ? "not stated by any source" : p.disputed && !pass ? `sources disagree (${describePositions(p)}); read conservatively` : describePositions(p);
    return { pass, reason: `${k}: ${why}` };
  };
  switch (key) {
    case "ga": return attr("status", (v) => v === "ga");
    case "packageManager": return attr("package-manager", (v) => v !== "none");
    case "imageRollback": {
      const image = attr("update-model", (v) => asText(v).startsWith("image-"));
      const rollback = attr("rollback", (v) => v === "automatic" || v === "manual");
      return { pass: image.pass && rollback.pass, reason: `${image.reason}; ${rollback.reason}` };
    }
    case "arm64": return attr("architectures", (v) => asList(v).includes("aarch64"));
    case "fips": return attr("fips", (v) => v === "validated" || v === "available");
    case "cloud": return attr("availability", (v) => asList(v).includes(r.cloud ?? ""));
    case "managedKubernetes": {
      // The service's own list of node OS options decides when the catalog has it; the attribute's text otherwise.
      const offered = (d.managedKubernetes ?? []).find((w) => w.service === r.managedKubernetes && w.stage !== "retired");
      if (offered) return { pass: true, reason: `offered on ${windowLabel(offered)}` };
      return attr("managed-kubernetes", (v) => offersManagedKubernetes(asText(v), r.managedKubernetes ?? "eks"));
    }
    case "minSupportYears": {
      const years = supportYearsLeft(d, today);
      const counted = countedSupport(d, today);
      const end = supportEnd(d, today);
      if (years === null || !counted) return { pass: false, reason: end ? `${end.release}: end of support not published` : "no release with a support tier in the catalog" };
      return { pass: years >= (r.minSupportYears ?? 0), reason: `${counted.label}: ${years.toFixed(1)} years left (to ${formatDate(counted.end)})` };
    }
  }
}

const ORDER: RequirementKey[] = ["ga", "packageManager", "imageRollback", "arm64", "fips", "cloud", "managedKubernetes", "minSupportYears"];

/** Every active requirement checked; a candidate that fails one is excluded. Unknown or disputed values fail unless every position passes. */
export function checkRequirements(d: ScoringDistro, r: Requirements, today: string): RequirementCheck[] {
  return ORDER.filter((k) => r[k] !== undefined && r[k] !== false).map((k) => ({ requirement: k, label: requirementLabel(k, r), ...check(k, d, r, today) }));
}
