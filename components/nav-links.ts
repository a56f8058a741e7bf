import type { Route } from "next";

/** Pages in the main navigation; list a page here only once it exists. */
export const NAV_LINKS: { href: Route; label: string }[] = [
  { href: "/", label: "Overview" },
  { href: "/sources", label: "Sources" },
];
