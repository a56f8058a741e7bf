import { CRITERION_KEYS, DEFAULT_WEIGHTS, MANAGED_KUBERNETES, MAX_SUPPORT_YEARS, MAX_WEIGHT, PLACES, type Weights } from "@/lib/decide/inputs";
import type { Requirements } from "@/lib/validations/report";
import { ignoredSelection, SELECTION_PARAM, serializeSelection, type SelectableDistro } from "@/lib/selection";

/**
 * URL state of /decide beside the shared `distros` parameter:
 * `require=ga,arm64,cloud:aws,k8s:eks,years:3` and
 * `weights=support-remaining:5,maturity:1`. Anything unreadable is dropped,
 * so a tampered URL falls back to defaults instead of breaking the page.
 */
export const REQUIRE_PARAM = "require";
export const WEIGHTS_PARAM = "weights";
/** `current=<slug>`: the OS in use today. `strict=1`: unverified requirements exclude. */
export const CURRENT_PARAM = "current";
export const STRICT_PARAM = "strict";

const FLAGS = {
  ga: "ga",
  "package-manager": "packageManager",
  "image-rollback": "imageRollback",
  arm64: "arm64",
  fips: "fips",
  "read-only-root": "readOnlyRoot",
  "secure-boot": "secureBoot",
  "selinux-enforcing": "selinuxEnforcing",
} as const;

export function parseRequirements(raw: string | null | undefined): Requirements {
  const r: Requirements = {};
  for (const token of (raw ?? "").split(",")) {
    const [name, value] = token.trim().split(":");
    if (name && Object.hasOwn(FLAGS, name) && value === undefined) r[FLAGS[name as keyof typeof FLAGS]] = true;
    else if (name === "cloud" && (PLACES as readonly string[]).includes(value ?? "")) r.cloud = value as Requirements["cloud"];
    else if (name === "k8s" && (MANAGED_KUBERNETES as readonly string[]).includes(value ?? ""))
      r.managedKubernetes = value as Requirements["managedKubernetes"];
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
  return CRITERION_KEYS.filter((k) => w[k] !== DEFAULT_WEIGHTS[k])
    .map((k) => `${k}:${w[k]}`)
    .join(",");
}

export function parseStrict(raw: string | null | undefined): boolean {
  return raw === "1" || raw === "true";
}

/** The /decide address that reproduces a decision: the same candidates, requirements, weights, status quo and strictness. */
export function decideHref(input: { candidates: string[]; requirements: Requirements; weights: Weights; current?: string | null; strict?: boolean }): string {
  const params = new URLSearchParams();
  params.set(SELECTION_PARAM, serializeSelection(input.candidates));
  const require = serializeRequirements(input.requirements);
  if (require) params.set(REQUIRE_PARAM, require);
  const weights = serializeWeights(input.weights);
  if (weights) params.set(WEIGHTS_PARAM, weights);
  if (input.current) params.set(CURRENT_PARAM, input.current);
  if (input.strict) params.set(STRICT_PARAM, "1");
  // Commas and colons stay readable: they are safe in a query string.
  return `/decide?${params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":")}`;
}

const KNOWN_PARAMS = new Set([SELECTION_PARAM, REQUIRE_PARAM, WEIGHTS_PARAM, CURRENT_PARAM, STRICT_PARAM]);

/**
 * What /decide ignored in its address, in words a user can act on, so a
 * shared link that lost part of its meaning says so instead of silently
 * showing something else.
 */
export function ignoredDecideParams(params: URLSearchParams, distros: SelectableDistro[]): string[] {
  const out: string[] = [];
  for (const key of new Set(params.keys())) if (!KNOWN_PARAMS.has(key)) out.push(`“${key}” is not a setting of this page`);
  for (const slug of ignoredSelection(params.get(SELECTION_PARAM), distros)) out.push(`no distro in the catalog is called “${slug}”`);
  for (const token of (params.get(REQUIRE_PARAM) ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean)) {
    if (serializeRequirements(parseRequirements(token)) === "") out.push(`“${token}” is not a requirement this page knows`);
  }
  for (const token of (params.get(WEIGHTS_PARAM) ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean)) {
    const [name, value] = token.split(":");
    if (!(CRITERION_KEYS as readonly string[]).includes(name ?? "") || !/^\d$/.test(value ?? "") || Number(value) > MAX_WEIGHT)
      out.push(`“${token}” is not a criterion with a weight from 0 to ${MAX_WEIGHT}`);
  }
  const current = params.get(CURRENT_PARAM);
  if (current && !distros.some((d) => d.slug === current)) out.push(`no distro in the catalog is called “${current}”, so no OS is marked as in use today`);
  const strict = params.get(STRICT_PARAM);
  if (strict !== null && !["1", "true", "0", "false", ""].includes(strict)) out.push(`“strict=${strict}” is not on or off, so strict is off`);
  return out;
}
