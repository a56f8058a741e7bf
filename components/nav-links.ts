import type { Route } from "next";

/**
 * Pages in the main navigation; list a page here only once it exists.
 * `carriesSelection` pages take the shared `distros` parameter along.
 */
export const NAV_LINKS: { href: Route; label: string; carriesSelection: boolean }[] = [
  { href: "/", label: "Overview", carriesSelection: false },
  { href: "/decide", label: "Decide", carriesSelection: true },
  { href: "/sources", label: "Sources", carriesSelection: false },
];
