import { attributeStatus, leadClaim } from "@/lib/catalog/claims";
import type { ClaimStatus } from "@/lib/validations/catalog";

/** What stands for a value where the catalog records no claim at all. */
export const NOT_IN_CATALOG = "Not in the catalog";

/**
 * A status in words, for text with no badge beside it (exports, reports,
 * decision reasons); null for confirmed, which text leaves unmarked as the
 * pages do. Words, not the bare status, so a reader without the legend
 * still sees why a value is not settled.
 */
export const STATUS_WORDS: Record<ClaimStatus, string | null> = {
  confirmed: null,
  reported: "reported by press or community only",
  disputed: "sources disagree",
  inferred: "our reading of the sources",
  unknown: "unknown",
};

/** Words already chosen (a change record's, a short phrase) followed by a status in words; a null status is a record, not a claim. */
export function withStatus(text: string, status: ClaimStatus | null): string {
  const words = status ? STATUS_WORDS[status] : null;
  return words ? `${text} (${words})` : text;
}

/** What the text renderer reads of a claim. */
export type TextClaim = { display: string; status: ClaimStatus; preferred?: boolean };

/**
 * An attribute's value as one line of text: the lead claim's words, then in
 * brackets its status in words and, for a dispute, every other position, so
 * plain text never shows a doubtful or contested value as settled.
 * "Manual (sources disagree; other position: None)", "Not stated (unknown)".
 */
export function claimText(attribute: { claims: readonly TextClaim[] } | undefined): string {
  const lead = leadClaim(attribute);
  if (!attribute || !lead) return NOT_IN_CATALOG;
  const others = attribute.claims.filter((c) => c !== lead).map((c) => c.display);
  const notes = [
    STATUS_WORDS[attributeStatus(attribute.claims)],
    others.length > 0 ? `other position${others.length > 1 ? "s" : ""}: ${others.join(" / ")}` : null,
  ].filter((n) => n !== null);
  return notes.length > 0 ? `${lead.display} (${notes.join("; ")})` : lead.display;
}
