import { z } from "zod";
import { attributesFileSchema, distroSchema, sourceSchema } from "@/lib/validations/catalog";
import { kubernetesFileSchema } from "@/lib/validations/kubernetes";
import type { Catalog } from "@/lib/catalog/read";

/**
 * One kept catalog version as stored: the validated catalog files, merged.
 * Read back through the same schemas the files pass, so a page never renders
 * a document the catalog check would refuse.
 */
export const catalogDocumentSchema = z.strictObject({
  sources: z.array(sourceSchema),
  attributes: attributesFileSchema,
  distros: z.array(distroSchema),
  kubernetes: kubernetesFileSchema,
});
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;

/** What a version stores: the catalog without its hash (the hash is the version's key). */
export function toDocument(catalog: Catalog): CatalogDocument {
  const { hash: _hash, ...document } = catalog;
  return document;
}

/** Counts shown with each version. */
export function documentCounts(d: CatalogDocument) {
  return {
    distroCount: d.distros.length,
    claimCount: d.distros.reduce((n, x) => n + Object.values(x.claims).reduce((m, list) => m + list.length, 0), 0),
    sourceCount: d.sources.length,
  };
}
