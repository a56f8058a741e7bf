import { leadClaim } from "@/lib/catalog/claims";
import type { AttributeClaims } from "@/lib/validations/api";

export type GroupInput = { name: string; attribute: AttributeClaims | undefined };
export type ValueGroup = { value: string; label: string; count: number; members: string[] };

/**
 * Groups distros by the leading claim's value of one enum attribute, in the
 * attribute's value order, then "Unknown". A member whose value is not
 * confirmed says so ("inferred", "disputed"), so the chart never upgrades it.
 */
export function groupByValue(inputs: GroupInput[], values: { value: string; label: string }[]): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  for (const v of values) groups.set(v.value, { value: v.value, label: v.label, count: 0, members: [] });
  const unknown: ValueGroup = { value: "unknown", label: "Unknown", count: 0, members: [] };
  for (const { name, attribute } of inputs) {
    const lead = leadClaim(attribute);
    const value = typeof lead?.value === "string" ? lead.value : null;
    const group = (value && groups.get(value)) || unknown;
    const qualifier = lead && lead.status !== "confirmed" && group !== unknown ? ` (${lead.status})` : "";
    group.count += 1;
    group.members.push(name + qualifier);
  }
  return [...groups.values(), unknown].filter((g) => g.count > 0);
}

/** Height in pixels of the chart of value groups; the page reserves it before the chart loads. */
export function groupChartHeight(groupCount: number): number {
  return 40 + groupCount * 36;
}
