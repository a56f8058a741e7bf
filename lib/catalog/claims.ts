import type { ClaimStatus } from "@/lib/validations/catalog";

/** One of a distro's attributes by key; works on a page's distro, a comparison's or the decision builder's. */
export function attributeOf<A extends { key: string }>(distro: { attributes: readonly A[] }, key: string): A | undefined {
  return distro.attributes.find((a) => a.key === key);
}

/** What the lead rule reads of a claim: a catalog file's claim, a page's, a comparison cell's or a saved report's all fit. */
type Position = { preferred?: boolean };

/**
 * The claim that stands for an attribute's value: what a page, chart,
 * filter or export shows first.
 *
 * The catalog allows several claims on one attribute only as a dispute, each
 * marked "disputed", with exactly one marked preferred by its reviewers; so
 * the lead is the only claim, or the preferred position. Status never picks
 * it: every position of a dispute has the same one, and a single unknown claim
 * stays the lead, so a gap is shown as a gap and never filled by a guess.
 * Without a preferred mark (a payload from before the rule) the first claim
 * leads; the catalog snapshot already lists the lead first.
 */
export function leadClaim<C extends Position>(attribute: { claims: readonly C[] } | undefined): C | undefined {
  return attribute?.claims.find((c) => c.preferred === true) ?? attribute?.claims[0];
}

/** An attribute's status as a whole: "disputed" when sources take several positions, else its one claim's; "unknown" with no claim. */
export function attributeStatus(claims: readonly { status: ClaimStatus }[]): ClaimStatus {
  return claims.length > 1 ? "disputed" : (claims[0]?.status ?? "unknown");
}
