// Validates prisma/catalog/ without a database: `npm run catalog:check [dir]`.
import { CATALOG_DIR, formatCatalogError, readCatalog } from "@/lib/catalog/read";

const dir = process.argv[2] ?? CATALOG_DIR;
const result = readCatalog(dir);
if (!result.ok) {
  for (const e of result.errors) console.error(formatCatalogError(e));
  console.error(`\n${result.errors.length} error(s) in ${dir}; nothing was loaded.`);
  process.exit(1);
}
const { catalog } = result;
const claims = catalog.distros.reduce((n, d) => n + Object.values(d.claims).flat().length, 0);
console.log(
  `catalog ${catalog.hash} OK: ${catalog.distros.length} distros, ${catalog.attributes.length} attributes, ${claims} claims, ${catalog.sources.length} sources`,
);
