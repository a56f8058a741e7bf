import Link from "next/link";
import { NAV_LINKS } from "@/components/nav-links";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight no-underline">
          Distro Atlas
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            {NAV_LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-slate-700 hover:underline dark:text-slate-300">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
