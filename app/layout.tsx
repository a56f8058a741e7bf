import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCatalogVersion } from "@/lib/data/catalog";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Distro Atlas", template: "%s · Distro Atlas" },
  description:
    "A sourced catalog of cloud Linux distributions for platform architects: lifecycles, update models, package managers and security, each value with its source.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const version = await getCatalogVersion();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter version={version} />
      </body>
    </html>
  );
}
