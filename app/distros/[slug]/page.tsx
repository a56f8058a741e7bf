import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DistroView } from "@/components/distro-view";
import { getDistro, listAttributes, listDistroDetails, listDistroSlugs } from "@/lib/data/catalog";
import { listChanges } from "@/lib/data/changes";
import { isoDay } from "@/lib/lifecycle";

export const revalidate = 3600;
// Every catalog distro is prerendered; any other slug is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listDistroSlugs()).map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const distro = await getDistro((await params).slug);
  if (!distro) return {};
  return {
    title: distro.name,
    description: distro.summary,
    alternates: { types: { "application/atom+xml": [{ url: `/distros/${distro.slug}/changes.atom`, title: `${distro.name}: catalog changes` }] } },
  };
}

export default async function DistroPage({ params }: Props) {
  const { slug } = await params;
  const [distro, attributes, all, log] = await Promise.all([getDistro(slug), listAttributes(), listDistroDetails(), listChanges(slug)]);
  if (!distro) notFound();
  const names = Object.fromEntries(all.map((d) => [d.slug, d.name]));
  return <DistroView distro={distro} attributes={attributes} names={names} today={isoDay()} changes={log.changes} />;
}
