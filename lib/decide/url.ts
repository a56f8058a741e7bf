import { CRITERION_KEYS, DEFAULT_WEIGHTS, MANAGED_KUBERNETES, MAX_SUPPORT_YEARS, MAX_WEIGHT, PLACES, type Weights } from "@/lib/decide/inputs";
import type { Requirements } from "@/lib/validations/report";

/**
 * URL state of /decide beside the shared `distros` parameter:
 * `require=ga,arm64,cloud:aws,k8s:eks,years:3` and
 * `weights=support-remaining:5,maturity:1`. Anything unreadable is dropped,
 * so a tampered URL falls back to defaults instead of breaking the page.
 */
export const REQUIRE_PARAM = "require";
export const WEIGHTS_PARAM = "weights";

const FLAGS = { ga: "ga", "package-manager": "packageManager", "image-rollback": "imageRollback", arm64: "arm64", fips: "fips" } as const;

export function parseRequirements(raw: string | null | undefined): Requirements {
  const r: Requirements = {};
  for (const token of (raw ?? "").split(",")) {
    const [name, value] = token.trim().split(":");
    if (name && Object.hasOwn(FLAGS, name) && value === undefined) r[FLAGS[name as keyof typeof FLAGS]] = true;
    else if (name === "cloud" && (PLACES as readonly string[]).includes(value ?? "")) r.cloud = value as Requirements["cloud"];
    else if (name === "k8s" && (MANAGED_KUBERNETES as readonly string[]).includes(value ?? "")) r.managedKubernetes = value as Requirements["managedKubernetes"];
    else if (name === "years" && /^\d+$/.test(value ?? "")) {
      const n = Number(value);
      if (n >= 1 && n <= MAX_SUPPORT_YEARS) r.minSupportYears = n;
    }
  }
  return r;
}

export function serializeRequirements(r: Requirements): string {
  const parts: string[] = [];
  for (const [token, key] of Object.entries(FLAGS)) if (r[key]) parts.push(token);
  if (r.cloud) parts.push(`cloud:${r.cloud}`);
  if (r.managedKubernetes) parts.push(`k8s:${r.managedKubernetes}`);
  if (r.minSupportYears) parts.push(`years:${r.minSupportYears}`);
  return parts.join(",");
}

export function parseWeights(raw: string | null | undefined): Weights {
  const w: Weights = { ...DEFAULT_WEIGHTS };
  for (const token of (raw ?? "").split(",")) {
    const [name, value] = token.trim().split(":");
    if (!(CRITERION_KEYS as readonly string[]).includes(name ?? "") || !/^\d$/.test(value ?? "")) continue;
    const n = Number(value);
    if (n <= MAX_WEIGHT) w[name as keyof Weights] = n;
  }
  return w;
}

/** Only weights that differ from the defaults, so the default URL stays short. */
export function serializeWeights(w: Weights): string {
  return CRITERION_KEYS.filter((k) => w[k] !== DEFAULT_WEIGHTS[k]).map((k) => `${k}:${w[k]}`).join(",");
}
