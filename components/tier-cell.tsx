import { describeEnd } from "@/lib/lifecycle";
import type { SupportTier } from "@/lib/validations/catalog";

/** A support tier in a table: the vendor's name for it and how far away its end is, or "Not offered". */
export function TierCell({ tier, today }: { tier: SupportTier | null; today: string }) {
  if (!tier) return <span className="muted">Not offered</span>;
  return (
    <span className="flex flex-col gap-0.5">
      <span className="text-xs muted">
        {tier.name}
        {tier.paid ? (
          <span className="badge-paid" title="Needs a paid subscription or add-on">
            paid
          </span>
        ) : null}
      </span>
      <span>{describeEnd(tier.end, today)}</span>
    </span>
  );
}
