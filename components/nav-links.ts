/**
 * Pages in the main navigation; list a page here only once it exists.
 * `carriesSelection` pages take the shared `distros` parameter along.
 */
export const NAV_LINKS: { href: string; label: string; carriesSelection: boolean }[] = [
  { href: "/", label: "Overview", carriesSelection: false },
  { href: "/compare", label: "Compare", carriesSelection: true },
  { href: "/lifecycle", label: "Lifecycle", carriesSelection: true },
  { href: "/update-models", label: "Update models", carriesSelection: true },
  { href: "/package-managers", label: "Package managers", carriesSelection: true },
  { href: "/kubernetes", label: "Managed Kubernetes", carriesSelection: false },
  { href: "/decide", label: "Decide", carriesSelection: true },
  { href: "/changes", label: "Changes", carriesSelection: false },
  { href: "/sources", label: "Sources", carriesSelection: false },
];
