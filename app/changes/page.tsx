import type { Metadata } from "next";
import { toSearchParams } from "@/lib/ignored-params";
import { ChangesView } from "@/components/changes/changes-view";
import { listDistros } from "@/lib/data/catalog";
import { listChanges } from "@/lib/data/changes";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "What changed",
  description: "What changed in the catalog: new releases, moved end dates, changed values and evidence, new disputes, each with its date and source.",
  alternates: { types: { "application/atom+xml": [{ url: "/changes.atom", title: "Distro Atlas: catalog changes" }] } },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChangesPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const [log, distros] = await Promise.all([listChanges(), listDistros()]);
  return <ChangesView log={log} distros={distros} params={params} />;
}
