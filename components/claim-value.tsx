import { StatusBadge } from "@/components/status-badge";
import { NOT_IN_CATALOG } from "@/lib/catalog/claim-text";
import type { ClaimStatus } from "@/lib/validations/catalog";

/**
 * Which statuses get a badge: "unconfirmed" where values are scanned side by
 * side (a confirmed one needs no mark), "always" where each claim is read on
 * its own, "none" for a position of a dispute whose badge is shown once above.
 */
export type BadgeRule = "unconfirmed" | "always" | "none";

type Props = {
  /** The claim shown (for an attribute, its lead claim); undefined when the catalog records none. A null status is a record, not a claim: no badge. */
  claim: { display: string; status: ClaimStatus | null } | undefined;
  badge?: BadgeRule;
  /** Classes for the words, e.g. a struck-through earlier value. */
  className?: string;
};

/**
 * A claim's value with its status badge: the one way pages show a value and
 * how sure the catalog is of it. Renders inline; the parent lays it out.
 */
export function ClaimValue({ claim, badge = "unconfirmed", className }: Props) {
  if (!claim) return <span className="muted">{NOT_IN_CATALOG}</span>;
  const { status } = claim;
  const shown = status !== null && (badge === "always" || (badge === "unconfirmed" && status !== "confirmed"));
  return (
    <>
      <span className={className}>{claim.display}</span>
      {shown ? (
        <>
          {" "}
          <StatusBadge status={status} />
        </>
      ) : null}
    </>
  );
}
