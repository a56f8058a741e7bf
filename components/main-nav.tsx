"use client";

import { IntentLink } from "@/components/intent-link";
import { usePathname, useSearchParams } from "next/navigation";
import { NAV_LINKS } from "@/components/nav-links";
import { SELECTION_PARAM } from "@/lib/selection";

/** Main navigation; multi-distro views keep the current distro selection. */
export function MainNav() {
  const pathname = usePathname();
  const params = useSearchParams();
  const selection = params.get(SELECTION_PARAM);
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {NAV_LINKS.map((l) => {
        const href = l.carriesSelection && selection ? `${l.href}?${new URLSearchParams({ [SELECTION_PARAM]: selection })}` : l.href;
        const current = pathname === l.href;
        return (
          <li key={l.href}>
            <IntentLink
              href={href}
              aria-current={current ? "page" : undefined}
              className={`hover:underline ${current ? "font-semibold text-slate-900 dark:text-white" : "text-slate-700 dark:text-slate-300"}`}
            >
              {l.label}
            </IntentLink>
          </li>
        );
      })}
    </ul>
  );
}

/** The same links without selection handling, for the static first paint. */
export function MainNavFallback() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {NAV_LINKS.map((l) => (
        <li key={l.href}>
          <IntentLink href={l.href} className="text-slate-700 hover:underline dark:text-slate-300">
            {l.label}
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}
