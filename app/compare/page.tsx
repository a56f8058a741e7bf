import type { Metadata } from "next";
import { CompareClient } from "@/components/compare/compare-client";
import { UrlStateAdapter } from "@/components/url-state-adapter";
import { packCompareData } from "@/lib/compare/wire";
import { getCompareData } from "@/lib/data/compare";

export const revalidate = 3600;
export const metadata: Metadata = {
  title: "Compare",
  description: "Compare cloud Linux distributions attribute by attribute, against a baseline, with the source behind every cell.",
};

export default async function ComparePage() {
  const data = await getCompareData();
  return (
    <div className="flex flex-col gap-4">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Compare</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          One distro per column, one attribute per row. Pick a baseline to see what is better, worse or just different from what you run today; open any cell
          for the claims and sources behind it. The whole view lives in the address, so a copied link reproduces it.
        </p>
      </header>
      <UrlStateAdapter>
        <CompareClient packed={packCompareData(data)} />
      </UrlStateAdapter>
    </div>
  );
}
