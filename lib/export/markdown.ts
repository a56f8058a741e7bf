/**
 * Escaping for text that a user or a catalog file supplied, placed into
 * Markdown: nothing in it may become markup, a link, HTML or a table break.
 */

const INLINE_SPECIAL = /[\\`*_[\]|~<>&]/g;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

export type Escape = (text: string) => string;

function escapeBlockStart(inline: string): string {
  return inline.replace(/^(\s*)([#+\-=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/**
 * Inline text: emphasis, code, link, table and strikethrough characters are
 * backslash-escaped, HTML is entity-encoded, line breaks become spaces, and a
 * leading block marker (#, +, -, =, "1.") is escaped so it stays text.
 */
export function escapeMarkdown(text: string): string {
  return escapeBlockStart(text.replace(/\r\n?|\n/g, " ").replace(INLINE_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`));
}

/**
 * The same protection for a file that is also read as plain text (the
 * comparison export): HTML and entities are kept from forming by backslashes,
 * which a renderer drops, instead of entities, which a reader would see; a
 * lone & stays as it is.
 */
export function escapeMarkdownText(text: string): string {
  const inline = text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]|~<>]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
  return escapeBlockStart(inline);
}

/** A table cell: escaped inline text (pipes included), never empty. */
export function markdownCell(text: string, escape: Escape = escapeMarkdown): string {
  const escaped = escape(text.trim());
  return escaped === "" ? " " : escaped;
}

export function markdownTable(header: string[], rows: string[][], escape: Escape = escapeMarkdown): string {
  const line = (cells: string[]) => `| ${cells.map((c) => markdownCell(c, escape)).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n") + "\n";
}

/** A link whose URL is only ever http(s); anything else is shown as text. */
export function markdownLink(text: string, url: string | null, escape: Escape = escapeMarkdown): string {
  if (!url || !/^https?:\/\//i.test(url)) return escape(text);
  const safeUrl = url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
  return `[${escape(text)}](${safeUrl})`;
}
