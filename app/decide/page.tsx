import type { Metadata } from "next";
import { DecideClient } from "@/components/decide/decide-client";
import { IntentLink } from "@/components/intent-link";
import { UrlStateAdapter } from "@/components/url-state-adapter";
import { getScoringCatalog } from "@/lib/data/reports";
import { withoutSources } from "@/lib/decide/types";
import { isoDay } from "@/lib/lifecycle";

export const metadata: Metadata = {
  title: "Decide",
  description: "State your hard requirements and weights, get a ranked, sourced recommendation and save it as an architecture decision record.",
};

// Prerendered and refreshed hourly, like the other catalog pages: support left and
// the revisit date depend on today, and the choices live in the address, read in the browser.
export const revalidate = 3600;

export default async function DecidePage() {
  const catalog = withoutSources(await getScoringCatalog());
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Decide</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Set what a candidate must have and how much each criterion matters. Every score comes from the catalog&apos;s sourced claims; a value no source states,
        or one sources dispute, is scored at its less favourable position and flagged, and leaves a hard requirement unverified rather than failed.
      </p>
      <p className="mt-2 text-sm">
        <IntentLink href="/reports" className="link">
          Saved decisions
        </IntentLink>
        : re-open a report saved earlier.
      </p>
      <div className="mt-6">
        <UrlStateAdapter>
          <DecideClient catalog={catalog} today={isoDay()} />
        </UrlStateAdapter>
      </div>
    </div>
  );
}
