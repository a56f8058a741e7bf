import path from "node:path";
import PDFDocument from "pdfkit";
import { requirementLabel, type RequirementKey } from "@/lib/decide/requirements";
import { CHART_COLOURS } from "@/lib/report/chart-colours";
import { lifecycleRows, optionNotes, outcomeSentence, platformFacts, prosAndCons, sensitivityText, STRICT_TEXT, yStatement } from "@/lib/report/narrative";
import { quotedSources } from "@/lib/report/citations";
import { distroName, headline, reproduceHref, type ReportSnapshot } from "@/lib/report/snapshot";

export type Paper = "a4" | "letter";

/** How a PDF is laid out and where it points back to. */
export type PdfOptions = {
  paper?: Paper;
  /** The report's page in the app, absolute; printed as a link near the top and at the end. */
  reportUrl?: string;
};

// Geist ships in the repo (lib/report/fonts, OFL): the 14 standard PDF fonts are WinAnsi-only and garble → ≥ “ ”.
const FONT_DIR = path.join(process.cwd(), "lib", "report", "fonts");
const SANS = path.join(FONT_DIR, "Geist-Regular.ttf");
const BOLD = path.join(FONT_DIR, "Geist-SemiBold.ttf");

const HEAD = "#0f172a";
const INK = "#1e293b";
const MUTED = "#475569";
const LINK = "#1d4ed8";
const RULE = "#cbd5e1";
const HEADER_FILL = "#e2e8f0";
const STRIPE_FILL = "#f8fafc";

/** Text a user or the catalog supplied, made safe to draw: no control characters. */
export function pdfText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

type Doc = InstanceType<typeof PDFDocument>;

/** Starts a new page unless `room` points are left above the bottom margin. */
function keepRoom(doc: Doc, room: number) {
  if (doc.y + room > doc.page.maxY()) doc.addPage();
}

function heading(doc: Doc, text: string, size = 13, room = 60) {
  keepRoom(doc, room);
  doc.moveDown(0.6).font(BOLD).fontSize(size).fillColor(HEAD).text(pdfText(text)).moveDown(0.25).font(SANS).fontSize(10).fillColor(INK);
}

function para(doc: Doc, text: string) {
  doc.font(SANS).fontSize(10).fillColor(INK).text(pdfText(text), { paragraphGap: 3 });
}

function bullets(doc: Doc, items: string[]) {
  for (const item of items)
    doc
      .font(SANS)
      .fontSize(10)
      .fillColor(INK)
      .text(`•  ${pdfText(item)}`, { indent: 0, paragraphGap: 2 });
}

/** A labelled link on its own line: the label in body text, the address as a clickable link. */
function linkLine(doc: Doc, label: string, url: string, size = 9) {
  doc.font(SANS).fontSize(size).fillColor(MUTED).text(pdfText(label), { continued: true }).fillColor(LINK).text(pdfText(url), { link: url, underline: true });
  doc.fillColor(INK);
}

type Column = { header: string; width: number | "*"; align?: "left" | "right" };

const CELL_PAD = 3;
const HEADER_SIZE = 7.5;
const BODY_SIZE = 8.5;

/** The widest word of a text at the current font, so a column is never narrower than a word (pdfkit would split it mid-word). */
function widestWord(doc: Doc, text: string): number {
  return Math.max(0, ...text.split(/\s+|(?<=-)/).map((w) => doc.widthOfString(w)));
}

/**
 * Column widths: each at least its widest word (header or cell) plus padding;
 * fixed columns keep their width, "*" columns share what is left equally.
 */
function columnWidths(doc: Doc, columns: Column[], rows: string[][], available: number): number[] {
  const minima = columns.map((c, i) => {
    doc.font(BOLD).fontSize(HEADER_SIZE);
    let widest = widestWord(doc, c.header);
    doc.font(SANS).fontSize(BODY_SIZE);
    for (const row of rows) widest = Math.max(widest, widestWord(doc, row[i] ?? ""));
    return Math.ceil(widest) + 2 * CELL_PAD + 2;
  });
  const base = columns.map((c, i) => Math.max(c.width === "*" ? 0 : c.width, minima[i] ?? 0));
  const stars = columns.flatMap((c, i) => (c.width === "*" ? [i] : []));
  const starMin = stars.reduce((sum, i) => sum + (base[i] ?? 0), 0);
  const fixedTotal = base.reduce((sum, w) => sum + w, 0) - starMin;
  const share = available - fixedTotal;
  // Stars get their minimum plus an equal share of the rest; when even the minima do not fit, every column shrinks alike.
  if (share >= starMin && stars.length > 0) {
    const extra = (share - starMin) / stars.length;
    for (const i of stars) base[i] = (base[i] ?? 0) + extra;
    return base;
  }
  const total = base.reduce((sum, w) => sum + w, 0);
  return total > available ? base.map((w) => (w * available) / total) : base;
}

/**
 * A table drawn with pdfkit's own tables, one per page: before a row that
 * would cross the bottom margin the page ends and the header row is drawn
 * again on the next one, so every page of a long table says what its columns are.
 */
function table(doc: Doc, columns: Column[], rows: string[][]) {
  if (rows.length === 0) return;
  const left = doc.page.margins.left;
  const widths = columnWidths(doc, columns, rows, doc.page.width - left - doc.page.margins.right);
  // Row heights are measured with the cell's font and width as pdfkit will wrap it; +1 pt keeps rounding from tripping its own page break.
  const rowHeight = (cells: string[], font: string, size: number) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: (widths[i] ?? 0) - 2 * CELL_PAD }))) + 2 * CELL_PAD + 1;
  };
  const headers = columns.map((c) => pdfText(c.header));
  const headerHeight = rowHeight(headers, BOLD, HEADER_SIZE);
  const style = { padding: CELL_PAD, border: 0.5, borderColor: RULE, textColor: INK, font: { src: SANS, size: BODY_SIZE } };
  const start = () => {
    doc.x = left;
    const t = doc.table({ columnStyles: widths, defaultStyle: style });
    t.row(
      headers.map((text, i) => ({
        text,
        type: "TH" as const,
        font: { src: BOLD, size: HEADER_SIZE },
        textColor: HEAD,
        backgroundColor: HEADER_FILL,
        align: { x: columns[i]?.align ?? "left" },
      })),
    );
    return t;
  };
  let current: ReturnType<typeof start> | null = null;
  rows.forEach((row, index) => {
    const cells = row.map(pdfText);
    const height = rowHeight(cells, SANS, BODY_SIZE);
    if (!current) {
      keepRoom(doc, headerHeight + height);
      current = start();
    } else if (doc.y + height > doc.page.maxY()) {
      current.end();
      doc.addPage();
      current = start();
    }
    current.row(cells.map((text, i) => ({ text, align: { x: columns[i]?.align ?? "left" }, backgroundColor: index % 2 === 1 ? STRIPE_FILL : undefined })));
  });
  (current as ReturnType<typeof start> | null)?.end();
  doc.x = left;
  doc.moveDown(0.5);
}

/** Stacked horizontal bars: one per ranked option, one segment per criterion's points; the legend names each colour. */
function chart(doc: Doc, s: ReportSnapshot) {
  const rows = s.result.ranked;
  if (rows.length === 0) return;
  const left = doc.page.margins.left;
  const labelWidth = 140;
  const barMax = doc.page.width - left - doc.page.margins.right - labelWidth - 40;
  // The chart stays on one page: with many options its bars get thinner (50 options still fit).
  const contentHeight = doc.page.maxY() - doc.page.margins.top;
  const rowHeight = Math.min(18, (contentHeight - 90) / rows.length);
  keepRoom(doc, rows.length * rowHeight + 70);
  let y = doc.y + 4;
  for (const c of rows) {
    doc
      .font(SANS)
      .fontSize(Math.min(9, rowHeight - 4))
      .fillColor(HEAD)
      .text(pdfText(c.name), left, y + 3, { width: labelWidth - 6, ellipsis: true, lineBreak: false });
    let x = left + labelWidth;
    c.breakdown.forEach((b, i) => {
      const w = (b.points / 100) * barMax;
      if (w > 0) doc.rect(x, y, w, rowHeight - 5).fill(CHART_COLOURS[i % CHART_COLOURS.length] ?? "#64748b");
      x += w;
    });
    doc
      .font(BOLD)
      .fontSize(Math.min(9, rowHeight - 4))
      .fillColor(HEAD)
      .text(c.score.toFixed(1), x + 4, y + 3, { lineBreak: false });
    y += rowHeight;
  }
  // Axis: 0 and 100.
  doc
    .moveTo(left + labelWidth, y)
    .lineTo(left + labelWidth + barMax, y)
    .lineWidth(0.5)
    .stroke("#94a3b8");
  doc
    .font(SANS)
    .fontSize(8)
    .fillColor(MUTED)
    .text("0", left + labelWidth, y + 2, { lineBreak: false })
    .text("100", left + labelWidth + barMax - 12, y + 2, { lineBreak: false });
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
    doc.fillColor(INK).text(label, x + 11, y, { lineBreak: false });
    x += w;
  });
  doc.x = left;
  doc.y = y + 18;
}

function scoreMatrix(doc: Doc, s: ReportSnapshot) {
  const columns: Column[] = [
    { header: "Rank", width: 30 },
    { header: "Option", width: 84 },
    ...s.criteria.map((c): Column => ({ header: `${c.label} (weight ${s.weights[c.key]})`, width: "*", align: "right" })),
    { header: "Score", width: 34, align: "right" },
  ];
  const rows = s.result.ranked.map((c) => [
    c.tiedWith.length > 0 ? `${c.rank} (tie)` : String(c.rank),
    c.name,
    ...c.breakdown.map((b) => b.points.toFixed(1)),
    c.score.toFixed(1),
  ]);
  for (const x of s.result.excluded) rows.push(["excluded", x.name, ...s.criteria.map(() => "–"), "–"]);
  table(doc, columns, rows);
}

function lifecycleTable(doc: Doc, s: ReportSnapshot) {
  const columns: Column[] = [
    { header: "Option", width: 92 },
    { header: "Release", width: "*" },
    { header: "Released", width: 62 },
    { header: "End of standard support", width: 78 },
    { header: "End of covering support", width: "*" },
  ];
  const rows = lifecycleRows(s).map((r) => [r.distro, r.release, r.released, r.standardEnd, r.coveringEnd]);
  if (rows.length === 0) para(doc, "No release dates are recorded for these options.");
  table(doc, columns, rows);
}

function sources(doc: Doc, s: ReportSnapshot) {
  for (const { source: src, citations } of quotedSources(s)) {
    keepRoom(doc, 30);
    doc.font(SANS).fontSize(10).fillColor(INK).text("•  ", { continued: true, paragraphGap: 0 });
    if (src.url) doc.fillColor(LINK).text(pdfText(src.title), { continued: true, link: src.url, underline: true });
    else doc.text(pdfText(src.title), { continued: true });
    doc.fillColor(INK).text(pdfText(` — ${src.publisher}, accessed ${src.accessed || "date not recorded"}`), { link: null, underline: false, paragraphGap: 1 });
    if (src.url)
      doc
        .font(SANS)
        .fontSize(8.5)
        .fillColor(LINK)
        .text(pdfText(src.url), { indent: 14, indentAllLines: true, link: src.url, underline: true, paragraphGap: 1 });
    else doc.font(SANS).fontSize(8.5).fillColor(MUTED).text("No web address known", { indent: 14, paragraphGap: 1 });
    for (const c of citations)
      doc
        .font(SANS)
        .fontSize(9)
        .fillColor("#334155")
        .text(pdfText(`${c.about}: “${c.quote}”`), { indent: 14, indentAllLines: true, paragraphGap: 1 });
    doc.moveDown(0.2);
  }
}

/** "Page N of M" and the report's title in the bottom margin of every page, once the page count is known. */
function footers(doc: Doc, s: ReportSnapshot) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { left, right, bottom } = doc.page.margins;
    const width = doc.page.width - left - right;
    const y = doc.page.height - bottom + 20;
    // Text below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font(SANS).fontSize(8).fillColor(MUTED);
    const pageLabel = `Page ${i - start + 1} of ${count}`;
    const labelWidth = doc.widthOfString(pageLabel);
    doc.text(pdfText(headline(s)), left, y, { width: width - labelWidth - 16, height: 10, ellipsis: true });
    doc.text(pageLabel, left + width - labelWidth, y, { width: labelWidth + 1, height: 10 });
    doc.page.margins.bottom = bottom;
  }
}

/** The report laid out for print, generated on the server with pdfkit. */
export function renderPdf(s: ReportSnapshot, options: PdfOptions = {}): Promise<Buffer> {
  const paper = options.paper ?? "a4";
  const doc = new PDFDocument({
    size: paper === "letter" ? "LETTER" : "A4",
    margin: 50,
    bufferPages: true,
    font: SANS,
    info: { Title: pdfText(headline(s)), Creator: "Distro Atlas" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc
    .font(BOLD)
    .fontSize(18)
    .fillColor(HEAD)
    .text(pdfText(headline(s)));
  doc.moveDown(0.3).font(SANS).fontSize(9).fillColor(MUTED);
  const people = (label: string, list: string[]) => `${label}: ${list.length > 0 ? list.join(", ") : "—"}`;
  doc.text(
    pdfText(
      [
        "Status: proposed",
        `Date: ${s.createdAt.slice(0, 10)}`,
        people("Decision-makers", s.decisionMakers),
        people("Consulted", s.consulted),
        people("Informed", s.informed),
        `Catalog version: ${s.catalogVersion.hash}`,
      ].join("   ·   "),
    ),
  );
  if (options.reportUrl) linkLine(doc, "Open this report in Distro Atlas: ", options.reportUrl);
  doc.moveDown(0.5);
  para(doc, yStatement(s));

  heading(doc, "Context and Problem Statement");
  para(doc, s.context || `We need to choose a cloud Linux OS for ${s.title}.`);

  heading(doc, "Decision Drivers");
  bullets(
    doc,
    s.criteria.map((c) => `${c.label} (weight ${s.weights[c.key]} of 5): ${c.rule}`),
  );
  const reqs = (Object.keys(s.requirements) as RequirementKey[]).filter((k) => s.requirements[k] !== undefined && s.requirements[k] !== false);
  bullets(doc, reqs.length > 0 ? reqs.map((k) => `Hard requirement: ${requirementLabel(k, s.requirements)}`) : ["No hard requirements were set."]);
  if (s.result.strict) bullets(doc, [STRICT_TEXT]);

  heading(doc, "Considered Options");
  bullets(
    doc,
    s.candidates.map((slug) => {
      const notes = optionNotes(s, slug);
      return `${distroName(s, slug)}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
    }),
  );

  heading(doc, "Decision Outcome");
  para(doc, outcomeSentence(s));
  chart(doc, s);
  const revisit = s.result.revisit;
  doc
    .font(BOLD)
    .fontSize(10)
    .fillColor(HEAD)
    .text(pdfText(`Revisit by ${revisit?.date ?? "—"}`), { continued: true })
    .font(SANS)
    .text(pdfText(revisit ? `: ${revisit.basis}.` : "."));
  if (s.result.caveats.length > 0) {
    heading(doc, "Caveats", 11);
    bullets(
      doc,
      s.result.caveats.map((c) => c.text),
    );
  }

  heading(doc, "Pros and Cons of the Options");
  for (const slug of s.candidates) {
    keepRoom(doc, 40);
    doc
      .moveDown(0.2)
      .font(BOLD)
      .fontSize(10.5)
      .fillColor(HEAD)
      .text(pdfText(distroName(s, slug)));
    const items = prosAndCons(s, slug);
    bullets(
      doc,
      items.length > 0 ? items.map((p) => `${p.kind}, because ${p.text}`) : ["Neutral: does not differ from the other options on the scored criteria."],
    );
  }

  heading(doc, "More Information", 13, 120);
  heading(doc, "Score matrix (points each criterion contributes to the score, 0–100)", 11, 80);
  scoreMatrix(doc, s);
  bullets(
    doc,
    s.result.excluded.map((x) => `Excluded: ${x.name} — ${x.failed.map((f) => `${f.label} (${f.reason})`).join("; ")}`),
  );
  const flagged = s.result.ranked.filter((c) => c.flagged.length > 0);
  if (flagged.length > 0) {
    heading(doc, "Values read conservatively", 11);
    bullets(
      doc,
      flagged.map((c) => `${c.name}: ${c.flagged.join("; ")}`),
    );
  }
  heading(doc, "Sensitivity", 11);
  bullets(doc, sensitivityText(s));
  heading(doc, "Key lifecycle dates", 11, 80);
  lifecycleTable(doc, s);
  const facts = platformFacts(s);
  if (facts.length > 0) {
    heading(doc, "Platform facts (recorded, not scored)", 11, 80);
    for (const f of facts) {
      keepRoom(doc, 40);
      doc.moveDown(0.2).font(BOLD).fontSize(10).fillColor(HEAD).text(pdfText(f.name));
      bullets(
        doc,
        f.facts.map((x) => `${x.label}: ${x.display}`),
      );
    }
  }
  heading(doc, "Sources", 11);
  sources(doc, s);
  if (options.reportUrl)
    linkLine(doc, "Reproduce or adjust this decision in the decision builder: ", `${new URL(options.reportUrl).origin}${reproduceHref(s)}`);
  doc
    .moveDown(0.6)
    .font(SANS)
    .fontSize(8)
    .fillColor(MUTED)
    .text(
      pdfText(
        `Computed on ${s.result.today} from Distro Atlas catalog version ${s.catalogVersion.hash} (loaded ${s.catalogVersion.loadedAt.slice(0, 10)}). Report ${s.id}.`,
      ),
    );
  if (options.reportUrl) linkLine(doc, "This report online: ", options.reportUrl, 8);
  footers(doc, s);
  doc.end();
  return done;
}
