import "server-only";
import { buildCompareData } from "@/lib/compare/build";
import type { CompareData } from "@/lib/compare/types";
import { getCatalogVersion, listAttributes, listDistroDetails } from "@/lib/data/catalog";
import { isoDay } from "@/lib/lifecycle";

export async function getCompareData(): Promise<CompareData> {
  const [distros, attributes, version] = await Promise.all([listDistroDetails(), listAttributes(), getCatalogVersion()]);
  return buildCompareData(distros, attributes, isoDay(), version.hash);
}
