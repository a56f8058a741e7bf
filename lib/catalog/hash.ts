import { createHash } from "node:crypto";

/** JSON with object keys sorted, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** Content hash of a parsed catalog: the first 12 hex digits of its SHA-256. */
export function catalogHash(catalog: unknown): string {
  return createHash("sha256").update(canonicalJson(catalog)).digest("hex").slice(0, 12);
}
