import { requirementLabel, type RequirementKey } from "@/lib/decide/requirements";
import { escapeMarkdown, markdownLink, markdownTable } from "@/lib/export/markdown";
import {
  flaggedValues,
  lifecycleRows,
  optionNotes,
  outcomeSentence,
  platformFacts,
  prosAndCons,
  ranked,
  sensitivityText,
  STRICT_TEXT,
  yStatement,
} from "@/lib/report/narrative";
import { quotedSources } from "@/lib/report/citations";
import { distroName, fileStem, headline, reproduceHref, type ReportSnapshot } from "@/lib/report/snapshot";

const e = escapeMarkdown;

/** YAML front matter values: JSON strings and arrays are valid YAML flow scalars, so user text cannot break out. */
const yaml = (v: string | string[]) => JSON.stringify(v);

export function markdownFileName(s: ReportSnapshot): string {
  return `${String(s.number).padStart(4, "0")}-${fileStem(s)}.md`;
}

export function scoreMatrix(s: ReportSnapshot): { header: string[]; rows: string[][] } {
  const header = ["Rank", "Option", ...s.criteria.map((c) => `${c.label} (w${s.weights[c.key]})`), "Score"];
  const rows = ranked(s).map((c) => [
    c.tiedWith.length > 0 ? `${c.rank} (tie)` : String(c.rank),
    c.name,
    ...c.breakdown.map((b) => b.points.toFixed(1)),
    c.score.toFixed(1),
  ]);
  for (const x of s.result.excluded) rows.push(["excluded", x.name, ...s.criteria.map(() => "–"), "–"]);
  return { header, rows };
}

/** " (in use today)", " (excluded: …)", " (unverified: …)" after an option's name. */
function optionNote(s: ReportSnapshot, slug: string): string {
  const notes = optionNotes(s, slug);
  return notes.length > 0 ? ` (${e(notes.join("; "))})` : "";
}

/** The report as a MADR 4.0 architecture decision record. */
export function renderMarkdown(s: ReportSnapshot, origin = ""): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(
    "---",
    "status: proposed",
    `date: ${s.createdAt.slice(0, 10)}`,
    `decision-makers: ${yaml(s.decisionMakers)}`,
    `consulted: ${yaml(s.consulted)}`,
    `informed: ${yaml(s.informed)}`,
    `catalog-version: ${yaml(s.catalogVersion.hash)}`,
    "---",
    "",
    `# ${e(headline(s))}`,
    "",
    e(yStatement(s)),
    "",
    "## Context and Problem Statement",
    "",
    s.context ? e(s.context) : `We need to choose a cloud Linux OS for ${e(s.title)}.`,
    "",
    "## Decision Drivers",
    "",
    ...s.criteria.map((c) => `* ${e(c.label)} (weight ${s.weights[c.key]} of 5): ${e(c.rule)}`),
  );
  const reqs = (Object.keys(s.requirements) as RequirementKey[]).filter((k) => s.requirements[k] !== undefined && s.requirements[k] !== false);
  push(...(reqs.length > 0 ? reqs.map((k) => `* Hard requirement: ${e(requirementLabel(k, s.requirements))}`) : ["* No hard requirements were set."]));
  if (s.result.strict) push(`* ${STRICT_TEXT}`);
  push("", "## Considered Options", "", ...s.candidates.map((slug) => `* ${e(distroName(s, slug))}${optionNote(s, slug)}`));
  push("", "## Decision Outcome", "", e(outcomeSentence(s)), "", "### Consequences", "");
  const chosen = s.result.winner;
  const pc = chosen ? prosAndCons(s, chosen) : [];
  const consequences = [
    ...pc.filter((p) => p.kind !== "Neutral").map((p) => `* ${p.kind}, because ${e(p.text)}`),
    ...s.result.caveats.filter((c) => c.slug === chosen).map((c) => `* Bad, because ${e(c.text)}`),
  ];
  push(...(consequences.length > 0 ? consequences : ["* Neutral, because no option was chosen or the options do not differ on the scored criteria."]));
  const revisit = s.result.revisit;
  push("", "### Confirmation", "");
  push(
    `Confirm by re-checking the catalog claims behind this decision (listed under More Information) and the chosen option's lifecycle. **Revisit by ${revisit?.date ?? "—"}**${revisit ? `: ${e(revisit.basis)}.` : "."}`,
  );
  push("", "## Pros and Cons of the Options");
  for (const slug of s.candidates) {
    push("", `### ${e(distroName(s, slug))}`, "");
    const items = prosAndCons(s, slug);
    push(
      ...(items.length > 0
        ? items.map((p) => `* ${p.kind}, because ${e(p.text)}`)
        : ["* Neutral, because it does not differ from the other options on the scored criteria."]),
    );
  }
  const m = scoreMatrix(s);
  push("", "## More Information", "", "### Score matrix", "", "Points each criterion contributes to the score (0–100).", "", markdownTable(m.header, m.rows));
  if (s.result.excluded.length > 0)
    push("Exclusions:", "", ...s.result.excluded.map((x) => `* ${e(x.name)}: ${e(x.failed.map((f) => `${f.label} (${f.reason})`).join("; "))}`), "");
  const flags = flaggedValues(s);
  if (flags.length > 0)
    push(
      "Values read conservatively (unknown, disputed, inferred or reported by press only):",
      "",
      ...flags.map((f) => `* ${e(f.name)}: ${e(f.flags.join("; "))}`),
      "",
    );
  if (s.result.caveats.length > 0) push("Caveats:", "", ...s.result.caveats.map((c) => `* ${e(c.text)}`), "");
  push("### Sensitivity", "", ...sensitivityText(s).map((l) => `* ${e(l)}`), "");
  push(
    "### Key lifecycle dates",
    "",
    markdownTable(
      ["Option", "Release", "Released", "End of standard support", "End of covering support"],
      lifecycleRows(s).map((r) => [r.distro, r.release, r.released, r.standardEnd, r.coveringEnd]),
    ),
  );
  const facts = platformFacts(s);
  if (facts.length > 0) {
    push("### Platform facts (recorded, not scored)", "");
    for (const f of facts) push(`#### ${e(f.name)}`, "", ...f.facts.map((x) => `* ${e(x.label)}: ${e(x.display)}`), "");
  }
  push(
    "### Sources",
    "",
    ...quotedSources(s).flatMap(({ source: src, citations }) => [
      `* ${markdownLink(src.title, src.url)} — ${e(src.publisher)}${src.url ? ` <${src.url.replace(/[<>\s]/g, encodeURIComponent)}>` : ""}, accessed ${src.accessed || "date not recorded"}`,
      ...citations.map((c) => `  * ${e(c.about)}: “${e(c.quote)}”`),
    ]),
  );
  push(
    "",
    `Computed on ${s.result.today} from Distro Atlas catalog version ${e(s.catalogVersion.hash)} (loaded ${s.catalogVersion.loadedAt.slice(0, 10)}).`,
    "",
  );
  const href = `${origin}${reproduceHref(s)}`;
  push(`Reproduce or adjust this decision in the decision builder: ${markdownLink("open it in Distro Atlas", href)} <${href}>`, "");
  return out.join("\n");
}
