import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import {
  attributesFileSchema,
  distroSchema,
  sourcesFileSchema,
  type AttributeInput,
  type CitationInput,
  type ClaimInput,
  type DistroInput,
  type SourceInput,
  type SourceKind,
} from "@/lib/validations/catalog";
import { kubernetesFileSchema, NODE_OS_CLAIMS, type KubernetesInput } from "@/lib/validations/kubernetes";
import { leadClaim } from "@/lib/catalog/claims";
import { catalogHash } from "@/lib/catalog/hash";
import { unstorableStrings } from "@/lib/validations/text";

/** Where the reviewed catalog files live, relative to the project root. */
export const CATALOG_DIR = path.join("prisma", "catalog");

export type CatalogError = { file: string; path: string; message: string };

export type Catalog = {
  sources: SourceInput[];
  attributes: AttributeInput[];
  distros: DistroInput[];
  /** Managed Kubernetes services and the node OSes they offer; empty when the catalog has no kubernetes.json. */
  kubernetes: KubernetesInput;
  hash: string;
};

export type ReadResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

export function formatCatalogError(e: CatalogError): string {
  return `${e.file}: ${e.path || "(file)"}: ${e.message}`;
}

function formatPath(p: readonly PropertyKey[]): string {
  return p.map((seg, i) => (typeof seg === "number" ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`)).join("");
}

function readJson(dir: string, file: string, errors: CatalogError[]): unknown {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = fs.readFileSync(full, "utf8");
  } catch (err) {
    errors.push({ file, path: "", message: `cannot read file (${(err as NodeJS.ErrnoException).code ?? "error"})` });
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (err) {
    errors.push({ file, path: "", message: `invalid JSON: ${(err as Error).message}` });
    return undefined;
  }
  // Such a string passes every schema yet cannot be stored (PostgreSQL refuses it), so loading would fail later.
  const unstorable = unstorableStrings(data);
  for (const u of unstorable) errors.push({ file, path: formatPath(u.path), message: u.problem });
  return unstorable.length > 0 ? undefined : data;
}

function parseWith<T extends z.ZodType>(schema: T, data: unknown, file: string, errors: CatalogError[]): z.infer<T> | undefined {
  if (data === undefined) return undefined;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push({ file, path: formatPath(issue.path), message: issue.message });
  }
  return undefined;
}

/**
 * Reads and validates every catalog file in `dir`: each file against its
 * schema, then the references between files. Nothing is returned unless the
 * whole catalog is valid.
 */
export function readCatalog(dir: string = CATALOG_DIR): ReadResult {
  const errors: CatalogError[] = [];
  const sources = readSources(dir, errors);
  const attributes = parseWith(attributesFileSchema, readJson(dir, "attributes.json", errors), "attributes.json", errors);

  const distroDir = path.join(dir, "distros");
  let distroFiles: string[] = [];
  try {
    distroFiles = fs
      .readdirSync(distroDir)
      .filter((f) => !f.startsWith("."))
      .sort();
  } catch {
    errors.push({ file: "distros/", path: "", message: "missing folder of distro files" });
  }
  const distros: { file: string; distro: DistroInput }[] = [];
  for (const name of distroFiles) {
    const file = `distros/${name}`;
    if (!name.endsWith(".json")) {
      errors.push({ file, path: "", message: "only .json files belong in distros/" });
      continue;
    }
    const distro = parseWith(distroSchema, readJson(dir, file, errors), file, errors);
    if (!distro) continue;
    if (`${distro.slug}.json` !== name) {
      errors.push({ file, path: "slug", message: `slug "${distro.slug}" does not match the file name` });
    }
    distros.push({ file, distro });
  }
  if (distroFiles.length === 0 && errors.length === 0) {
    errors.push({ file: "distros/", path: "", message: "the catalog has no distros" });
  }

  const kubernetes = readKubernetes(dir, errors);

  if (sources && attributes) {
    checkReferences(sources, attributes, distros, kubernetes, errors);
  }
  if (errors.length > 0 || !sources || !attributes || !kubernetes) return { ok: false, errors };

  const catalog = {
    sources: sources.map(({ file: _file, index: _index, ...s }) => s).sort((a, b) => a.id.localeCompare(b.id)),
    attributes,
    distros: distros.map((d) => d.distro),
    kubernetes,
  };
  return { ok: true, catalog: { ...catalog, hash: catalogHash(catalog) } };
}

export const KUBERNETES_FILE = "kubernetes.json";

/** The values a node OS option's claims take (its versions are checked apart). */
const NODE_OS_VALUES: Record<"architectures" | "fips" | "confidential", readonly string[]> = {
  architectures: ["x86_64", "aarch64"],
  fips: ["available", "none"],
  confidential: ["available", "preview", "none"],
};

/** The managed Kubernetes file is optional: a catalog without it offers no services. */
function readKubernetes(dir: string, errors: CatalogError[]): KubernetesInput | undefined {
  if (!fs.existsSync(path.join(dir, KUBERNETES_FILE))) return { services: [] };
  return parseWith(kubernetesFileSchema, readJson(dir, KUBERNETES_FILE, errors), KUBERNETES_FILE, errors);
}

/** Sources are kept in several files under sources/, grouped by publisher. */
function readSources(dir: string, errors: CatalogError[]): (SourceInput & { file: string; index: number })[] | undefined {
  let files: string[] = [];
  try {
    files = fs
      .readdirSync(path.join(dir, "sources"))
      .filter((f) => !f.startsWith("."))
      .sort();
  } catch {
    errors.push({ file: "sources/", path: "", message: "missing folder of source files" });
    return undefined;
  }
  const all: (SourceInput & { file: string; index: number })[] = [];
  let failed = false;
  for (const name of files) {
    const file = `sources/${name}`;
    if (!name.endsWith(".json")) {
      errors.push({ file, path: "", message: "only .json files belong in sources/" });
      failed = true;
      continue;
    }
    const list = parseWith(sourcesFileSchema, readJson(dir, file, errors), file, errors);
    if (!list) {
      failed = true;
      continue;
    }
    list.forEach((s, index) => all.push({ ...s, file, index }));
  }
  return failed ? undefined : all;
}

function checkReferences(
  sources: (SourceInput & { file: string; index: number })[],
  attributes: AttributeInput[],
  distros: { file: string; distro: DistroInput }[],
  kubernetes: KubernetesInput | undefined,
  errors: CatalogError[],
): void {
  const sourceIds = new Set<string>();
  for (const s of sources) {
    if (sourceIds.has(s.id)) errors.push({ file: s.file, path: `[${s.index}].id`, message: `duplicate source id "${s.id}"` });
    sourceIds.add(s.id);
  }
  const attrByKey = new Map<string, AttributeInput>();
  attributes.forEach((a, i) => {
    if (attrByKey.has(a.key)) errors.push({ file: "attributes.json", path: `[${i}].key`, message: `duplicate attribute key "${a.key}"` });
    attrByKey.set(a.key, a);
  });
  const slugs = new Set(distros.map((d) => d.distro.slug));
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const cited = new Set<string>();

  const checkSources = (ids: string[], file: string, at: string) => {
    ids.forEach((id, i) => {
      cited.add(id);
      if (!sourceIds.has(id)) errors.push({ file, path: `${at}[${i}]`, message: `unknown source "${id}" (add it to a file in sources/)` });
    });
  };
  const checkCitations = (list: CitationInput[], file: string, at: string) =>
    checkSources(
      list.map((c) => c.source),
      file,
      at,
    );

  for (const { file, distro } of distros) {
    checkSources(distro.sources, file, "sources");
    for (const ref of ["predecessor", "derivedFrom"] as const) {
      const target = distro[ref];
      if (target && !slugs.has(target)) errors.push({ file, path: ref, message: `unknown distro "${target}"` });
    }
    for (const [key, claims] of Object.entries(distro.claims)) {
      const attr = attrByKey.get(key);
      if (!attr) {
        errors.push({ file, path: `claims.${key}`, message: `unknown attribute "${key}" (add it to attributes.json)` });
        continue;
      }
      claims.forEach((claim, i) => {
        const at = `claims.${key}[${i}]`;
        checkCitations(claim.sources, file, `${at}.sources`);
        for (const problem of evidenceProblems(claim, kindOf)) errors.push({ file, path: `${at}.${problem.path}`, message: problem.message });
        claim.history?.forEach((h, j) => checkCitations(h.sources, file, `${at}.history[${j}].sources`));
        const problem = valueProblem(attr, claim);
        if (problem) errors.push({ file, path: `${at}.value`, message: problem });
      });
    }
    for (const attr of attributes) {
      if (attr.required && !(attr.key in distro.claims)) {
        errors.push({
          file,
          path: `claims.${attr.key}`,
          message: `missing required attribute "${attr.key}" (use status "unknown" naming the pages checked when nothing is known)`,
        });
      }
    }
    distro.releases.forEach((r, i) => {
      checkCitations(r.sources, file, `releases[${i}].sources`);
      if (!r.sources.some((c) => c.quote && isPrimary(kindOf.get(c.source)))) {
        errors.push({ file, path: `releases[${i}].sources`, message: "a release needs a vendor or project source quoted for its dates" });
      }
    });
  }
  if (kubernetes) checkKubernetes(kubernetes, slugs, kindOf, checkCitations, errors);
  for (const s of sources) {
    if (!cited.has(s.id)) errors.push({ file: s.file, path: `[${s.index}]`, message: `source "${s.id}" is cited by nothing` });
  }
}

function checkKubernetes(
  kubernetes: KubernetesInput,
  slugs: ReadonlySet<string>,
  kindOf: ReadonlyMap<string, SourceKind>,
  checkCitations: (list: CitationInput[], file: string, at: string) => void,
  errors: CatalogError[],
): void {
  const file = KUBERNETES_FILE;
  const seen = new Set<string>();
  kubernetes.services.forEach((service, i) => {
    const at = `services[${i}]`;
    if (seen.has(service.slug)) errors.push({ file, path: `${at}.slug`, message: `duplicate service "${service.slug}"` });
    seen.add(service.slug);
    checkCitations(service.policy.sources, file, `${at}.policy.sources`);
    const versions = new Set<string>();
    service.versions.forEach((v, j) => {
      if (versions.has(v.version)) errors.push({ file, path: `${at}.versions[${j}].version`, message: `version ${v.version} is listed twice` });
      versions.add(v.version);
      checkCitations(v.sources, file, `${at}.versions[${j}].sources`);
      if (!v.sources.some((c) => isPrimary(kindOf.get(c.source)))) {
        errors.push({
          file,
          path: `${at}.versions[${j}].sources`,
          message: "a version cites the service's own page (its calendar, or the rule its dates follow)",
        });
      }
      const secondHand = v.sources.filter((c) => !isPrimary(kindOf.get(c.source)));
      if (v.status === "confirmed" && secondHand.length > 0) {
        errors.push({
          file,
          path: `${at}.versions[${j}].status`,
          message: `confirmed dates cite only the service's pages ("${secondHand[0]?.source}" is not one: make the version "reported")`,
        });
      }
      if (v.status === "reported" && secondHand.length === 0) {
        errors.push({ file, path: `${at}.versions[${j}].status`, message: "reported dates cite the tracker that reports them" });
      }
    });
    service.nodeOs.forEach((os, j) => {
      const osAt = `${at}.nodeOs[${j}]`;
      if (os.distro !== null && !slugs.has(os.distro)) errors.push({ file, path: `${osAt}.distro`, message: `unknown distro "${os.distro}"` });
      for (const key of NODE_OS_CLAIMS) {
        const claim = os[key];
        checkCitations(claim.sources, file, `${osAt}.${key}.sources`);
        for (const problem of evidenceProblems(claim, kindOf)) errors.push({ file, path: `${osAt}.${key}.${problem.path}`, message: problem.message });
      }
      for (const [key, allowed] of Object.entries(NODE_OS_VALUES)) {
        const v = os[key as keyof typeof NODE_OS_VALUES].value;
        const values = v === null ? [] : Array.isArray(v) ? v : [v];
        const bad = values.filter((x) => typeof x !== "string" || !allowed.includes(x));
        if (bad.length > 0 || (key === "architectures" && v !== null && !Array.isArray(v))) {
          errors.push({ file, path: `${osAt}.${key}.value`, message: `must be ${key === "architectures" ? "a list" : "one"} of: ${allowed.join(", ")}` });
        }
      }
      const offered = os.versions.value;
      if (offered !== null && (!Array.isArray(offered) || offered.some((v) => !/^1\.\d{1,3}$/.test(v)))) {
        errors.push({ file, path: `${osAt}.versions.value`, message: 'the versions offered are a list of Kubernetes minor versions like "1.34"' });
      }
    });
  });
}

/** Vendor and project pages can confirm a fact; press and community pages can only report it. */
export function isPrimary(kind: SourceKind | undefined): boolean {
  return kind === "vendor" || kind === "project";
}

/**
 * The status rules: what a claim's status requires of the sources it cites.
 * Sources unknown to the catalog are reported elsewhere and skipped here.
 */
export function evidenceProblems(claim: ClaimInput, kindOf: ReadonlyMap<string, SourceKind>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const known = claim.sources.map((c, i) => ({ c, i, kind: kindOf.get(c.source) })).filter((x) => x.kind !== undefined);
  const unquoted = (why: string) => known.filter((x) => !x.c.quote).forEach((x) => problems.push({ path: `sources[${x.i}].quote`, message: why }));
  switch (claim.status) {
    case "confirmed":
      known
        .filter((x) => !isPrimary(x.kind))
        .forEach((x) =>
          problems.push({
            path: `sources[${x.i}]`,
            message: `a confirmed claim cites only vendor or project sources ("${x.c.source}" is ${x.kind}; make the claim "reported" or "disputed")`,
          }),
        );
      unquoted("a confirmed claim quotes each source it cites");
      break;
    case "reported":
      known
        .filter((x) => isPrimary(x.kind))
        .forEach((x) =>
          problems.push({ path: `sources[${x.i}]`, message: `"${x.c.source}" is a ${x.kind} source: a claim it states is confirmed, not reported` }),
        );
      unquoted("a reported claim quotes each source it cites");
      break;
    case "disputed":
      unquoted("each disputed position quotes the sources that state it");
      break;
    case "inferred":
    case "unknown":
      break;
  }
  return problems;
}

/** Why a claim's value does not fit its attribute's type, or null when it fits. */
export function valueProblem(attr: AttributeInput, claim: ClaimInput): string | null {
  const v = claim.value;
  if (v === null) return null;
  const allowed = attr.values?.map((x) => x.value);
  switch (attr.valueType) {
    case "boolean":
      return typeof v === "boolean" ? null : `"${attr.key}" takes true or false`;
    case "text":
      return typeof v === "string" ? null : `"${attr.key}" takes a text value`;
    case "enum":
      if (typeof v !== "string") return `"${attr.key}" takes one of: ${allowed?.join(", ")}`;
      return allowed?.includes(v) ? null : `"${v}" is not one of: ${allowed?.join(", ")}`;
    case "list": {
      if (!Array.isArray(v)) return `"${attr.key}" takes a list of values`;
      if (!allowed) return null;
      const bad = v.filter((x) => !allowed.includes(x));
      return bad.length === 0 ? null : `${bad.map((b) => `"${b}"`).join(", ")} not among: ${allowed.join(", ")}`;
    }
  }
}

/** At most this share of the decision-critical values across the catalog may be unknown. */
export const MAX_CRITICAL_UNKNOWN_SHARE = 0.1;

export type CriticalCoverage = {
  /** Decision-critical values in the catalog: critical attributes × distros. */
  total: number;
  /** Those whose lead claim is unknown, as "distro: attribute". */
  unknown: string[];
};

/** A value is unknown when no claim is recorded or its lead claim is unknown. */
function isUnknown(claims: ClaimInput[] | undefined): boolean {
  return (leadClaim(claims ? { claims } : undefined)?.status ?? "unknown") === "unknown";
}

/** How many decision-critical values the catalog leaves unknown (a missing claim counts as unknown). */
export function criticalCoverage(catalog: Pick<Catalog, "attributes" | "distros">): CriticalCoverage {
  const critical = catalog.attributes.filter((a) => a.critical);
  const unknown: string[] = [];
  for (const d of catalog.distros) {
    for (const a of critical) {
      if (isUnknown(d.claims[a.key])) unknown.push(`${d.slug}: ${a.key}`);
    }
  }
  return { total: critical.length * catalog.distros.length, unknown };
}

/** Required attributes, without a stated reason to be sparse, that more than the allowed share of distros leave unknown. */
export function sparseAttributes(catalog: Pick<Catalog, "attributes" | "distros">): { key: string; unknown: string[] }[] {
  const n = catalog.distros.length;
  return catalog.attributes
    .filter((a) => a.required && !a.sparseBecause)
    .map((a) => ({
      key: a.key,
      unknown: catalog.distros.filter((d) => isUnknown(d.claims[a.key])).map((d) => d.slug),
    }))
    .filter((x) => n > 0 && x.unknown.length / n > MAX_CRITICAL_UNKNOWN_SHARE);
}
