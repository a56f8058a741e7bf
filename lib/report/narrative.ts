import type { CaveatKind } from "@/lib/decide/caveats";
import { coveringTier } from "@/lib/lifecycle";
import { windowLabel } from "@/lib/kubernetes/effective";
import type { RankedCandidate } from "@/lib/decide/score";
import { distroName, type ReportSnapshot } from "@/lib/report/snapshot";

/** Text shared by every rendering of a report (page, Markdown, PDF); plain strings, escaped by each renderer. */

export function ranked(s: ReportSnapshot): RankedCandidate[] {
  return s.result.ranked;
}

function topDrivers(s: ReportSnapshot): string[] {
  return [...s.criteria].filter((c) => s.weights[c.key] > 0).sort((a, b) => s.weights[b.key] - s.weights[a.key]).slice(0, 2).map((c) => c.label.toLowerCase());
}

const ACCEPTING: Record<CaveatKind, string> = {
  preview: "its preview status",
  "fedora-based": "that Fedora-based is not Fedora-compatible",
  "cpu-baseline": "its CPU baseline",
  "kubernetes-support": "support that follows the managed-Kubernetes version",
};

/** A one-sentence Y-statement. */
export function yStatement(s: ReportSnapshot): string {
  const { winner } = s.result;
  const facing = s.context ? s.context.split(/(?<=[.!?])\s/)[0]?.replace(/[.!?]$/, "") : "the choice of a cloud Linux OS";
  if (!winner) return `In the context of ${s.title}, facing ${facing}, no single option was chosen yet, because ${s.result.tiedForFirst.length > 0 ? "the leading options are tied" : "no candidate meets every hard requirement"}.`;
  const others = ranked(s).filter((c) => c.slug !== winner).map((c) => c.name);
  const neglected = others.length > 0 ? ` and against ${others.join(", ")}` : "";
  const caveats = s.result.caveats.filter((c) => c.slug === winner);
  const accepting = caveats.length > 0 ? caveats.map((c) => ACCEPTING[c.kind]).join(", ") : "the lowest-scoring criteria listed under Consequences";
  return `In the context of ${s.title}, facing ${facing}, we decided for ${distroName(s, winner)}${neglected}, to achieve the best weighted score on ${topDrivers(s).join(" and ") || "the chosen criteria"}, accepting ${accepting}.`;
}

export function outcomeSentence(s: ReportSnapshot): string {
  const { winner, tiedForFirst } = s.result;
  const first = ranked(s)[0];
  if (winner && first) {
    return `Chosen option: "${first.name}", because it scores highest (${first.score.toFixed(1)} of 100) after the hard requirements, led by ${first.reasons.map((r) => r.split(":")[0]).join(" and ") || "its criteria"}.`;
  }
  if (tiedForFirst.length > 0) return `No option chosen yet: ${tiedForFirst.map((x) => distroName(s, x)).join(" and ")} are tied at ${first?.score.toFixed(1)} of 100; decide between them on criteria this model does not score.`;
  return "No option chosen: every candidate fails at least one hard requirement.";
}

export type ProCon = { kind: "Good" | "Neutral" | "Bad"; text: string };

/** Pros and cons from the criteria where the remaining options differ; exclusions are cons. */
export function prosAndCons(s: ReportSnapshot, slug: string): ProCon[] {
  const excluded = s.result.excluded.find((e) => e.slug === slug);
  if (excluded) return excluded.failed.map((f) => ({ kind: "Bad", text: `fails "${f.label}" (${f.reason})` }));
  const me = ranked(s).find((c) => c.slug === slug);
  if (!me) return [];
  const out: ProCon[] = [];
  for (const b of me.breakdown) {
    const values = ranked(s).map((c) => c.breakdown.find((x) => x.criterion === b.criterion)?.value ?? 0);
    const max = Math.max(...values);
    const min = Math.min(...values);
    if (max === min) continue;
    const kind = b.value === max ? "Good" : b.value === min ? "Bad" : "Neutral";
    out.push({ kind, text: `${b.label.toLowerCase()} ${Math.round(b.value * 100)}% (${b.detail})` });
  }
  return out;
}

export type LifecycleRow = { distro: string; release: string; released: string; standardEnd: string; coveringEnd: string };

export function lifecycleRows(s: ReportSnapshot): LifecycleRow[] {
  return s.distros.flatMap((d) => [
    ...d.releases.slice(0, 2).map((r) => {
      const tier = coveringTier(r);
      return {
        distro: d.name,
        release: r.label,
        released: r.releaseDate ?? "not dated",
        standardEnd: r.standard ? r.standard.end ?? "not published" : "no such tier",
        coveringEnd: tier ? `${tier.end ?? "not published"} (${tier.name})` : "no tier listed",
      };
    }),
    // Where the node OS runs on managed Kubernetes, the window on the newest version offered with it.
    ...(d.managedKubernetes ?? []).filter((w) => w.stage !== "retired").map((w) => ({
      distro: d.name,
      release: `${windowLabel(w)} (${w.nodeOs} nodes)`,
      released: w.kubernetes.released ?? "not dated",
      standardEnd: w.standardEnd ?? "not published",
      coveringEnd: `${w.standardEnd ?? "not published"} (${w.standardName})${w.extendedEnd ? `; ${w.extendedName}${w.extendedPaid ? ", paid," : ""} to ${w.extendedEnd}` : ""}`,
    })),
  ]);
}

export function sensitivityText(s: ReportSnapshot): string[] {
  const { margin, noClearWinner, flip } = s.result.sensitivity;
  const lines: string[] = [];
  if (margin === null) lines.push("Fewer than two options remain, so there is no margin to report.");
  else lines.push(`Margin between first and second: ${margin.toFixed(1)} points${noClearWinner ? " — no clear winner (under 10 points)" : ""}.`);
  if (flip) {
    const to = flip.newLeader ? `${distroName(s, flip.newLeader)} would lead` : "the top would become a tie";
    lines.push(`Smallest single-weight change that changes the winner: ${flip.label} from ${flip.from} to ${flip.to} (${to}).`);
  } else if (margin !== null) lines.push("No change to a single weight within 0–5 changes the winner.");
  return lines;
}

export function flaggedValues(s: ReportSnapshot): { name: string; flags: string[] }[] {
  return ranked(s).filter((c) => c.flagged.length > 0).map((c) => ({ name: c.name, flags: c.flagged }));
}
