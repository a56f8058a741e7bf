import type { Metadata } from "next";
import { SourceList } from "@/components/source-list";
import { listSources } from "@/lib/data/catalog";

export const revalidate = 3600;
export const metadata: Metadata = { title: "Sources", description: "Every source the catalog cites, with its dates and the claims it supports." };

export default async function SourcesPage() {
  return <SourceList sources={await listSources()} />;
}
