import { STATUS_WORDS } from "@/lib/catalog/claim-text";
import { asText, positionsOf } from "@/lib/decide/positions";
import type { ScoringDistro } from "@/lib/decide/types";

export type CaveatKind = "preview" | "fedora-based" | "cpu-baseline" | "kubernetes-support";
export type Caveat = { slug: string; name: string; kind: CaveatKind; text: string };

const X86_LEVEL = /x86-64-v\d/i;

/** Warnings a decision must carry for a candidate, each derived from its catalog claims. */
export function caveatsFor(d: ScoringDistro): Caveat[] {
  const out: Caveat[] = [];
  const add = (kind: CaveatKind, text: string) => out.push({ slug: d.slug, name: d.name, kind, text });
  const status = positionsOf(d, "status");
  if (status.values.includes("preview"))
    add("preview", `${d.name} is a preview: no general availability, and features and support terms may change before GA.`);
  const upstream = positionsOf(d, "upstream-base");
  if (upstream.values.some((v) => /fedora/i.test(asText(v)))) {
    add(
      "fedora-based",
      `${d.name} is built from Fedora sources (${upstream.values.map(asText).join(" / ")}); Fedora-based is not Fedora-compatible: do not assume Fedora packages, repositories or guides apply.`,
    );
  }
  const cpu = positionsOf(d, "cpu-baseline");
  const levels = cpu.values.map(asText).filter((t) => X86_LEVEL.test(t));
  if (levels.length > 0) {
    add(
      "cpu-baseline",
      `CPU baseline for ${d.name}: ${levels.join(" / ")}${cpu.disputed ? ` (${STATUS_WORDS.disputed})` : ""}; check that older instance types or hosts meet it.`,
    );
  }
  const life = positionsOf(d, "support-lifecycle");
  const k8s = life.values.map(asText).find((t) => /kubernetes|\bAKS\b|\bEKS\b|\bGKE\b/i.test(t));
  if (k8s) add("kubernetes-support", `${d.name}'s support follows the managed-Kubernetes version it runs with, not a fixed OS end date: ${k8s}`);
  return out;
}
