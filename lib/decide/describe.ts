import { STATUS_WORDS } from "@/lib/catalog/claim-text";
import { asText } from "@/lib/decide/positions";
import type { Positions, ScoringAttribute } from "@/lib/decide/types";
import type { ClaimValue } from "@/lib/validations/catalog";

/**
 * Human phrases for what the decision builder read: attribute labels and
 * value labels from the catalog, never its keys, so no slug reaches prose.
 */

const EXTRA_LABELS: Record<string, string> = { releases: "Release dates" };

export function attributeLabel(attributes: ScoringAttribute[], key: string): string {
  return attributes.find((a) => a.key === key)?.label ?? EXTRA_LABELS[key] ?? key.replace(/-/g, " ");
}

const ARCH_LABEL: Record<string, string> = { x86_64: "x86_64", aarch64: "Arm64" };

/** One value as a reader knows it: the attribute's label for an enum or list value, yes/no for a boolean. */
export function valueLabel(attributes: ScoringAttribute[], key: string, v: ClaimValue): string {
  if (typeof v === "boolean") return v ? "yes" : "no";
  const values = attributes.find((a) => a.key === key)?.values ?? [];
  const one = (x: string) => values.find((y) => y.value === x)?.label ?? ARCH_LABEL[x] ?? x;
  return Array.isArray(v) ? v.map(one).join(", ") : values.length > 0 ? one(v) : asText(v);
}

/** "Image-based (A/B partitions)", "Dnf / Yum (sources disagree)", "not stated by any source". */
export function describeValue(attributes: ScoringAttribute[], key: string, p: Positions): string {
  if (p.unknown && p.values.length === 0) return "not stated by any source";
  const text = [...new Set(p.values.map((v) => valueLabel(attributes, key, v)))].join(" / ");
  // One status is named: disputed before inferred before reported.
  const status = p.disputed ? "disputed" : p.inferred ? "inferred" : p.reported ? "reported" : null;
  return status ? `${text} (${STATUS_WORDS[status]})` : text;
}

/** "Update model: Image-based (A/B partitions)". */
export function describeAttribute(attributes: ScoringAttribute[], key: string, p: Positions): string {
  return `${attributeLabel(attributes, key)}: ${describeValue(attributes, key, p)}`;
}
