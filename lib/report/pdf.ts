import path from "node:path";
import PDFDocument from "pdfkit";
import { requirementLabel, type RequirementKey } from "@/lib/decide/requirements";
import { CHART_COLOURS } from "@/lib/report/chart-colours";
import { lifecycleRows, outcomeSentence, prosAndCons, sensitivityText, yStatement } from "@/lib/report/narrative";
import { quotedSources } from "@/lib/report/citations";
import { distroName, headline, type ReportSnapshot } from "@/lib/report/snapshot";

export type Paper = "a4" | "letter";

// Geist ships in the repo (lib/report/fonts, OFL): the 14 standard PDF fonts are WinAnsi-only and garble → ≥ “ ”.
const FONT_DIR = path.join(process.cwd(), "lib", "report", "fonts");
const SANS = path.join(FONT_DIR, "Geist-Regular.ttf");
const BOLD = path.join(FONT_DIR, "Geist-SemiBold.ttf");

/** Text a user or the catalog supplied, made safe to draw: no control characters. */
export function pdfText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

type Doc = InstanceType<typeof PDFDocument>;

function heading(doc: Doc, text: string, size = 13) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
  doc.moveDown(0.6).font(BOLD).fontSize(size).fillColor("#0f172a").text(pdfText(text)).moveDown(0.25).font(SANS).fontSize(10).fillColor("#1e293b");
}

function para(doc: Doc, text: string) {
  doc.font(SANS).fontSize(10).fillColor("#1e293b").text(pdfText(text), { paragraphGap: 3 });
}

function bullets(doc: Doc, items: string[]) {
  for (const item of items) doc.font(SANS).fontSize(10).fillColor("#1e293b").text(`•  ${pdfText(item)}`, { indent: 0, paragraphGap: 2 });
}

/** Stacked horizontal bars: one per ranked option, one segment per criterion's points; the legend names each colour. */
function chart(doc: Doc, s: ReportSnapshot) {
  const rows = s.result.ranked;
  if (rows.length === 0) return;
  const left = doc.page.margins.left;
  const labelWidth = 140;
  const barMax = doc.page.width - left - doc.page.margins.right - labelWidth - 40;
  const rowHeight = 18;
  const needed = rows.length * rowHeight + 70;
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
  let y = doc.y + 4;
  for (const c of rows) {
    doc.font(SANS).fontSize(9).fillColor("#0f172a").text(pdfText(c.name), left, y + 3, { width: labelWidth - 6, ellipsis: true, lineBreak: false });
    let x = left + labelWidth;
    c.breakdown.forEach((b, i) => {
      const w = (b.points / 100) * barMax;
      if (w > 0) doc.rect(x, y, w, rowHeight - 5).fill(CHART_COLOURS[i % CHART_COLOURS.length] ?? "#64748b");
      x += w;
    });
    doc.font(BOLD).fontSize(9).fillColor("#0f172a").text(c.score.toFixed(1), x + 4, y + 3, { lineBreak: false });
    y += rowHeight;
  }
  // Axis: 0 and 100.
  doc.moveTo(left + labelWidth, y).lineTo(left + labelWidth + barMax, y).lineWidth(0.5).stroke("#94a3b8");
  doc.font(SANS).fontSize(8).fillColor("#475569").text("0", left + labelWidth, y + 2, { lineBreak: false }).text("100", left + labelWidth + barMax - 12, y + 2, { lineBreak: false });
  y += 16;
  let x = left;
  s.criteria.forEach((c, i) => {
    const label = `${c.label} (w${s.weights[c.key]})`;
    const w = doc.font(SANS).fontSize(8).widthOfString(label) + 22;
    if (x + w > doc.page.width - doc.page.margins.right) {
      x = left;
      y += 13;
    }
    doc.rect(x, y + 1, 8, 8).fill(CHART_COLOURS[i % CHART_COLOURS.length] ?? "#64748b");
    doc.fillColor("#1e293b").text(label, x + 11, y, { lineBreak: false });
    x += w;
  });
  doc.x = left;
  doc.y = y + 18;
}

/** The report laid out for print, generated on the server with pdfkit. */
export function renderPdf(s: ReportSnapshot, paper: Paper = "a4"): Promise<Buffer> {
  const doc = new PDFDocument({ size: paper === "letter" ? "LETTER" : "A4", margin: 50, font: SANS, info: { Title: pdfText(headline(s)), Creator: "Distro Atlas" } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(BOLD).fontSize(18).fillColor("#0f172a").text(pdfText(headline(s)));
  doc.moveDown(0.3).font(SANS).fontSize(9).fillColor("#475569");
  const people = (label: string, list: string[]) => `${label}: ${list.length > 0 ? list.join(", ") : "—"}`;
  doc.text(pdfText(["Status: proposed", `Date: ${s.createdAt.slice(0, 10)}`, people("Decision-makers", s.decisionMakers), people("Consulted", s.consulted), people("Informed", s.informed), `Catalog version: ${s.catalogVersion.hash}`].join("   ·   ")));
  doc.moveDown(0.5);
  para(doc, yStatement(s));

  heading(doc, "Context and Problem Statement");
  para(doc, s.context || `We need to choose a cloud Linux OS for ${s.title}.`);

  heading(doc, "Decision Drivers");
  bullets(doc, s.criteria.map((c) => `${c.label} (weight ${s.weights[c.key]} of 5): ${c.rule}`));
  const reqs = (Object.keys(s.requirements) as RequirementKey[]).filter((k) => s.requirements[k] !== undefined && s.requirements[k] !== false);
  bullets(doc, reqs.length > 0 ? reqs.map((k) => `Hard requirement: ${requirementLabel(k, s.requirements)}`) : ["No hard requirements were set."]);

  heading(doc, "Considered Options");
  bullets(doc, s.candidates.map((slug) => `${distroName(s, slug)}${s.result.excluded.some((x) => x.slug === slug) ? " (excluded by a hard requirement)" : ""}`));

  heading(doc, "Decision Outcome");
  para(doc, outcomeSentence(s));
  chart(doc, s);
  const revisit = s.result.revisit;
  doc.font(BOLD).fontSize(10).fillColor("#0f172a").text(pdfText(`Revisit by ${revisit?.date ?? "—"}`), { continued: true }).font(SANS).text(pdfText(revisit ? `: ${revisit.basis}.` : "."));
  if (s.result.caveats.length > 0) {
    heading(doc, "Caveats", 11);
    bullets(doc, s.result.caveats.map((c) => c.text));
  }

  heading(doc, "Pros and Cons of the Options");
  for (const slug of s.candidates) {
    doc.moveDown(0.2).font(BOLD).fontSize(10.5).fillColor("#0f172a").text(pdfText(distroName(s, slug)));
    const items = prosAndCons(s, slug);
    bullets(doc, items.length > 0 ? items.map((p) => `${p.kind}, because ${p.text}`) : ["Neutral: does not differ from the other options on the scored criteria."]);
  }

  heading(doc, "More Information");
  heading(doc, "Score matrix (points per criterion)", 11);
  bullets(doc, s.result.ranked.map((c) => `${c.rank}${c.tiedWith.length > 0 ? " (tie)" : ""}. ${c.name}: ${c.score.toFixed(1)} — ${c.breakdown.map((b) => `${b.label} ${b.points.toFixed(1)}`).join(" · ")}`));
  bullets(doc, s.result.excluded.map((x) => `Excluded: ${x.name} — ${x.failed.map((f) => `${f.label} (${f.reason})`).join("; ")}`));
  const flagged = s.result.ranked.filter((c) => c.flagged.length > 0);
  if (flagged.length > 0) {
    heading(doc, "Values read conservatively", 11);
    bullets(doc, flagged.map((c) => `${c.name}: ${c.flagged.join("; ")}`));
  }
  heading(doc, "Sensitivity", 11);
  bullets(doc, sensitivityText(s));
  heading(doc, "Key lifecycle dates", 11);
  bullets(doc, lifecycleRows(s).map((r) => `${r.distro} ${r.release}: released ${r.released}; standard support ends ${r.standardEnd}; covering support ends ${r.coveringEnd}`));
  heading(doc, "Sources", 11);
  for (const { source: src, citations } of quotedSources(s)) {
    bullets(doc, [`${src.title} — ${src.publisher}. ${src.url ?? "no web address known"} (accessed ${src.accessed || "date not recorded"})`]);
    for (const c of citations) {
      doc.font(SANS).fontSize(9).fillColor("#334155").text(pdfText(`${c.about}: “${c.quote}”`), { indent: 14, paragraphGap: 1 });
    }
  }
  doc.moveDown(0.6).font(SANS).fontSize(8).fillColor("#475569").text(pdfText(`Computed on ${s.result.today} from Distro Atlas catalog version ${s.catalogVersion.hash} (loaded ${s.catalogVersion.loadedAt.slice(0, 10)}). Report ${s.id}.`));
  doc.end();
  return done;
}
