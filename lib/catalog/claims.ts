import type { AttributeClaims, ClaimView, DistroDetail } from "@/lib/validations/api";

export function attributeOf(distro: DistroDetail, key: string): AttributeClaims | undefined {
  return distro.attributes.find((a) => a.key === key);
}

/** The claim a reader sees first: the only claim, or the preferred disputed position. */
export function leadClaim(attr: AttributeClaims | undefined): ClaimView | undefined {
  return attr?.claims.find((c) => c.preferred) ?? attr?.claims[0];
}
