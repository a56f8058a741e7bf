import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DistroView } from "@/components/distro-view";
import { getDistro, listAttributes, listDistroDetails, listDistroSlugs } from "@/lib/data/catalog";
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
  return distro ? { title: distro.name, description: distro.summary } : {};
}

export default async function DistroPage({ params }: Props) {
  const { slug } = await params;
  const [distro, attributes, all] = await Promise.all([getDistro(slug), listAttributes(), listDistroDetails()]);
  if (!distro) notFound();
  const names = Object.fromEntries(all.map((d) => [d.slug, d.name]));
  return <DistroView distro={distro} attributes={attributes} names={names} today={isoDay()} />;
}
