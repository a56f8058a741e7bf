import { describe, expect, test } from "vitest";
import { csvField, toCsv } from "@/lib/export/csv";
import { escapeMarkdown, escapeMarkdownText, markdownLink, markdownTable } from "@/lib/export/markdown";

describe("CSV", () => {
  test("quotes fields with commas, quotes and line breaks, and ends lines with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });
  test.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR"])("neutralises %j against formula injection", (v) => {
    const out = csvField(v);
    expect(out.replace(/^"/, "").startsWith("'")).toBe(true);
  });
  test("leaves ordinary text and program numbers alone", () => {
    expect(csvField("Amazon Linux 2023")).toBe("Amazon Linux 2023");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
  });
});

describe("Markdown", () => {
  test("escapes markup, HTML and table pipes", () => {
    expect(escapeMarkdown("*bold* <script>alert(1)</script> | [x](y)")).toBe("\\*bold\\* &lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](y)");
    expect(escapeMarkdown("a\nb")).toBe("a b");
    expect(escapeMarkdown("Azure Linux 4.0 - preview")).toBe("Azure Linux 4.0 - preview");
  });
  test("plain-text flavour: backslashes instead of entities, a lone & left alone", () => {
    expect(escapeMarkdownText("Packages & extension")).toBe("Packages & extension");
    expect(escapeMarkdownText("<script>alert(1)</script> &amp; *x* | [y](z)")).toBe("\\<script\\>alert(1)\\</script\\> \\&amp; \\*x\\* \\| \\[y\\](z)");
    expect(escapeMarkdownText("# heading")).toBe("\\# heading");
    expect(markdownTable(["A & B"], [["<b>"]], escapeMarkdownText)).toBe("| A & B |\n| --- |\n| \\<b\\> |\n");
  });
  test("escapes a leading block marker", () => {
    expect(escapeMarkdown("# heading")).toBe("\\# heading");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("1. first")).toBe("1\\. first");
  });
  test("builds a table whose cells cannot break it", () => {
    expect(markdownTable(["A", "B"], [["x|y", ""]])).toBe("| A | B |\n| --- | --- |\n| x\\|y |   |\n");
  });
  test("links only to http(s) URLs", () => {
    expect(markdownLink("Docs", "https://example.com/a b")).toBe("[Docs](https://example.com/a%20b)");
    expect(markdownLink("Bad", "javascript:alert(1)")).toBe("Bad");
  });
});
