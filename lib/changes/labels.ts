import type { ChangeKind } from "@/lib/validations/changes";

/** What each kind of change is called on pages and in feeds. */
export const CHANGE_KIND_LABEL: Record<ChangeKind, string> = {
  "distro-added": "Distro added",
  "distro-removed": "Distro removed",
  "release-added": "New release",
  "release-removed": "Release removed",
  "end-moved": "End date moved",
  "release-updated": "Release details updated",
  "claim-added": "New fact",
  "claim-removed": "Fact removed",
  "value-changed": "Value changed",
  "status-changed": "Evidence status changed",
  "dispute-opened": "Sources now disagree",
  "dispute-resolved": "Dispute settled",
  "sources-changed": "Sources updated",
  "vendor-revised": "Vendor revised its statement",
};
