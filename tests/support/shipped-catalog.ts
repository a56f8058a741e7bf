import { CATALOG_DIR, readCatalog, type Catalog } from "@/lib/catalog/read";

/** The catalog the browser tests' server loads, read from the files, so specs follow the data instead of naming its distros. */
export function shippedCatalog(): Catalog {
  const read = readCatalog(CATALOG_DIR);
  if (!read.ok) throw new Error(`the shipped catalog is invalid: ${read.errors.length} error(s)`);
  return read.catalog;
}
