/**
 * Escaping for text that a user or a catalog file supplied, placed into
 * Markdown: nothing in it may become markup, a link, HTML or a table break.
 */

const INLINE_SPECIAL = /[\\`*_[\]|~<>&]/g;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/**
 * Inline text: emphasis, code, link, table and strikethrough characters are
 * backslash-escaped, HTML is entity-encoded, line breaks become spaces, and a
 * leading block marker (#, +, -, =, "1.") is escaped so it stays text.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\r\n?|\n/g, " ").replace(INLINE_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`);
  return inline.replace(/^(\s*)([#+\-=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** A table cell: escaped inline text (pipes included), never empty. */
export function markdownCell(text: string): string {
  const escaped = escapeMarkdown(text.trim());
  return escaped === "" ? " " : escaped;
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n") + "\n";
}

/** A link whose URL is only ever http(s); anything else is shown as text. */
export function markdownLink(text: string, url: string | null): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeMarkdown(text);
  const safeUrl = url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(text)}](${safeUrl})`;
}
