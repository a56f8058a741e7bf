import { claimText } from "@/lib/catalog/claim-text";
import type { CaveatKind } from "@/lib/decide/caveats";
import { coveringTier } from "@/lib/lifecycle";
import { windowLabel } from "@/lib/kubernetes/effective";
import type { BreakdownItem, RankedCandidate } from "@/lib/decide/score";
import { REPORT_FACT_KEYS } from "@/lib/decide/types";
import { distroName, type ReportSnapshot } from "@/lib/report/snapshot";

/** Text shared by every rendering of a report (page, Markdown, PDF); plain strings, escaped by each renderer. */

export function ranked(s: ReportSnapshot): RankedCandidate[] {
  return s.result.ranked;
}

/** A criterion counts as achieved when it scores at least this share of full marks… */
export const ACHIEVED_SHARE = 0.5;
/** …and is the best among the ranked options, or within this share of the best. */
export const NEAR_BEST = 0.1;
const MAX_LINES = 3;

const ACCEPTING: Record<CaveatKind, string> = {
  preview: "its preview status",
  "fedora-based": "that Fedora-based is not Fedora-compatible",
  "cpu-baseline": "its CPU baseline",
  "kubernetes-support": "support that follows the managed-Kubernetes version",
};

const percent = (v: number) => `${Math.round(v * 100)}%`;
const weighted = (c: RankedCandidate) => c.breakdown.filter((b) => b.weight > 0);

function best(s: ReportSnapshot, criterion: string): number {
  return Math.max(0, ...ranked(s).map((c) => c.breakdown.find((b) => b.criterion === criterion)?.value ?? 0));
}

/** The criteria a Y-statement may say the choice achieves: at least half marks, and best or near-best. */
export function achievedCriteria(s: ReportSnapshot, slug: string): BreakdownItem[] {
  const c = ranked(s).find((x) => x.slug === slug);
  if (!c) return [];
  return weighted(c)
    .filter((b) => b.value >= ACHIEVED_SHARE && b.value >= best(s, b.criterion) - NEAR_BEST)
    .sort((a, b) => b.points - a.points);
}

/** An option's strongest criteria (at least half marks), most points first. */
export function strengths(c: RankedCandidate): BreakdownItem[] {
  return weighted(c)
    .filter((b) => b.value >= ACHIEVED_SHARE)
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_LINES);
}

/** An option's weakest criteria (under half marks), lowest first. */
export function weaknesses(c: RankedCandidate): BreakdownItem[] {
  return weighted(c)
    .filter((b) => b.value < ACHIEVED_SHARE)
    .sort((a, b) => a.value - b.value || b.weight - a.weight)
    .slice(0, MAX_LINES);
}

const lower = (b: BreakdownItem) => b.label.toLowerCase();
function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A one-sentence Y-statement that says only what the scores say. */
export function yStatement(s: ReportSnapshot): string {
  const { winner } = s.result;
  const current = s.result.current ?? null;
  const facing = s.context ? s.context.split(/(?<=[.!?])\s/)[0]?.replace(/[.!?]$/, "") : "the choice of a cloud Linux OS";
  if (!winner)
    return `In the context of ${s.title}, facing ${facing}, no single option was chosen yet, because ${s.result.tiedForFirst.length > 0 ? "the leading options are tied" : "no candidate meets every hard requirement"}.`;
  const me = ranked(s).find((c) => c.slug === winner);
  const others = [
    ...ranked(s)
      .filter((c) => c.slug !== winner)
      .map((c) => c.name),
    ...s.result.excluded.map((x) => x.name),
  ];
  const neglected = others.length > 0 ? ` and against ${list(others)}` : "";
  const decided =
    winner === current
      ? `we decided to keep ${distroName(s, winner)}, the OS in use today,`
      : `we decided for ${distroName(s, winner)}${current ? ` (replacing ${distroName(s, current)}, in use today)` : ""}`;
  const achieved = achievedCriteria(s, winner).map(lower);
  const toAchieve =
    achieved.length > 0 ? `to achieve ${list(achieved)}` : "to achieve the best weighted score overall, without leading on any single criterion";
  const accepting = [
    ...(me ? weaknesses(me).map((b) => `weak ${lower(b)} (${percent(b.value)})`) : []),
    ...s.result.caveats.filter((c) => c.slug === winner).map((c) => ACCEPTING[c.kind]),
    ...(me?.unverified ?? []).map((u) => `that "${u.label}" is not verified by its sources`),
  ];
  return `In the context of ${s.title}, facing ${facing}, ${decided}${neglected}, ${toAchieve}, accepting ${accepting.length > 0 ? list(accepting) : "no criterion below half marks"}.`;
}

export function outcomeSentence(s: ReportSnapshot): string {
  const { winner, tiedForFirst } = s.result;
  const first = ranked(s)[0];
  if (winner && first) {
    const lead = strengths(first).map(lower);
    const keep = winner === (s.result.current ?? null) ? `Keep "${first.name}", the OS in use today` : `Chosen option: "${first.name}"`;
    const check =
      first.unverified.length > 0
        ? ` Before committing, check what its sources do not state: ${first.unverified.map((u) => u.needsChecking ?? u.label).join("; ")}.`
        : "";
    return `${keep}, because it scores highest (${first.score.toFixed(1)} of 100) after the hard requirements${lead.length > 0 ? `, strongest on ${list(lead)}` : ""}.${check}`;
  }
  if (tiedForFirst.length > 0)
    return `No option chosen yet: ${tiedForFirst.map((x) => distroName(s, x)).join(" and ")} are tied at ${first?.score.toFixed(1)} of 100; decide between them on criteria this model does not score.`;
  return "No option chosen: every candidate fails at least one hard requirement.";
}

export type ProCon = { kind: "Good" | "Neutral" | "Bad"; text: string };

function scoreLine(s: ReportSnapshot, b: BreakdownItem, options: number): string {
  const top = options > 1 && b.value >= best(s, b.criterion) ? ", the best of the options" : "";
  return `${lower(b)} scores ${percent(b.value)}${top} (${b.detail})`;
}

/**
 * Pros and cons from each option's own scores: Good from its strongest
 * criteria, Bad from its weakest, so an option left alone still has both;
 * unverified requirements are neutral, unmet ones bad.
 */
export function prosAndCons(s: ReportSnapshot, slug: string): ProCon[] {
  const out: ProCon[] = [];
  if (slug === (s.result.current ?? null)) out.push({ kind: "Neutral", text: "it is the OS in use today, so keeping it needs no migration" });
  const excluded = s.result.excluded.find((e) => e.slug === slug);
  if (excluded) {
    for (const f of excluded.failed) {
      out.push({
        kind: "Bad",
        text:
          f.outcome === "unverified"
            ? `"${f.label}" cannot be verified from its sources (${f.reason}), and unverified candidates were excluded`
            : `it does not meet "${f.label}" (${f.reason})`,
      });
    }
    return out;
  }
  const me = ranked(s).find((c) => c.slug === slug);
  if (!me) return out;
  const n = ranked(s).length;
  for (const b of strengths(me)) out.push({ kind: "Good", text: scoreLine(s, b, n) });
  for (const u of me.unverified)
    out.push({ kind: "Neutral", text: `"${u.label}" is unverified: ${u.reason}; check ${u.needsChecking ?? "it"} with the vendor` });
  for (const b of weaknesses(me)) out.push({ kind: "Bad", text: scoreLine(s, b, n) });
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
        standardEnd: r.standard ? (r.standard.end ?? "not published") : "no such tier",
        coveringEnd: tier ? `${tier.end ?? "not published"} (${tier.name})` : "no tier listed",
      };
    }),
    // Where the node OS runs on managed Kubernetes, the window on the newest version offered with it.
    ...(d.managedKubernetes ?? [])
      .filter((w) => w.stage !== "retired")
      .map((w) => ({
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
  return ranked(s)
    .filter((c) => c.flagged.length > 0)
    .map((c) => ({ name: c.name, flags: c.flagged }));
}

/** A recorded fact: its label, and its value as text (status and any other positions in words). */
export type PlatformFact = { label: string; display: string };

/** Facts recorded for each option without being scored (kernel line, confidential computing, access, …), each as its value's text. */
export function platformFacts(s: ReportSnapshot): { name: string; facts: PlatformFact[] }[] {
  const keys: readonly string[] = REPORT_FACT_KEYS;
  return s.distros
    .map((d) => ({
      name: d.name,
      facts: d.attributes
        .filter((a) => keys.includes(a.key))
        .sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key))
        .flatMap((a) => (a.claims.length > 0 ? [{ label: a.label, display: claimText(a) }] : [])),
    }))
    .filter((x) => x.facts.length > 0);
}

/** What the record says after an option's name: in use today, excluded (and why), unverified. */
export function optionNotes(s: ReportSnapshot, slug: string): string[] {
  const notes: string[] = [];
  if (slug === (s.result.current ?? null)) notes.push("in use today");
  const excluded = s.result.excluded.find((x) => x.slug === slug);
  if (excluded)
    notes.push(`excluded: ${excluded.failed.map((f) => (f.outcome === "unverified" ? `${f.label}, not verified` : `does not meet ${f.label}`)).join("; ")}`);
  const unverified = s.result.ranked.find((c) => c.slug === slug)?.unverified ?? [];
  if (unverified.length > 0) notes.push(`unverified: ${unverified.map((u) => u.label).join("; ")}`);
  return notes;
}

export const STRICT_TEXT = "Strict: a candidate whose sources cannot show it meets a requirement is excluded, not only one that fails it.";
