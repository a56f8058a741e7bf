import type { Metadata } from "next";
import { toSearchParams } from "@/lib/ignored-params";
import { ReviewView } from "@/components/review-view";
import { listDistros, listSources } from "@/lib/data/catalog";
import { isoDay } from "@/lib/lifecycle";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Due for review",
  description: "Sources and distros whose last check against the vendor's pages is older than the review window, with the claims resting on each.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const [sources, distros] = await Promise.all([listSources(), listDistros()]);
  return <ReviewView sources={sources} distros={distros} params={params} today={isoDay()} />;
}
