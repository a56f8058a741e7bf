import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link";

/** A not-found page: what was not found, why that may be, and the ways back that fit. */
export function NotFoundMessage({ title, children, links }: { title: string; children: ReactNode; links: { href: string; label: string }[] }) {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{children}</p>
      <ul className="mt-4 space-y-2">
        {links.map((l) => (
          <li key={l.href}>
            <IntentLink href={l.href} className="link">
              {l.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
