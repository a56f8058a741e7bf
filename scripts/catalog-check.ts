// Validates prisma/catalog/ without a database: `npm run catalog:check [dir]`.
import { CATALOG_DIR, MAX_CRITICAL_UNKNOWN_SHARE, criticalCoverage, formatCatalogError, readCatalog, sparseAttributes } from "@/lib/catalog/read";

const dir = process.argv[2] ?? CATALOG_DIR;
const result = readCatalog(dir);
if (!result.ok) {
  for (const e of result.errors) console.error(formatCatalogError(e));
  console.error(`\n${result.errors.length} error(s) in ${dir}; nothing was loaded.`);
  process.exit(1);
}
const { catalog } = result;
const claims = catalog.distros.reduce((n, d) => n + Object.values(d.claims).flat().length, 0);
const coverage = criticalCoverage(catalog);
const share = coverage.total === 0 ? 0 : coverage.unknown.length / coverage.total;
console.log(
  `catalog ${catalog.hash} OK: ${catalog.distros.length} distros, ${catalog.attributes.length} attributes, ${claims} claims, ${catalog.sources.length} sources; ` +
    `${coverage.unknown.length} of ${coverage.total} decision-critical values unknown (${(share * 100).toFixed(1)}%)`,
);
if (share > MAX_CRITICAL_UNKNOWN_SHARE) {
  for (const u of coverage.unknown) console.error(`unknown: ${u}`);
  console.error(
    `\nMore than ${MAX_CRITICAL_UNKNOWN_SHARE * 100}% of the decision-critical values are unknown; find the vendor's statements or record where they are not stated.`,
  );
  process.exit(1);
}
const sparse = sparseAttributes(catalog);
if (sparse.length > 0) {
  for (const a of sparse) console.error(`${a.key}: unknown for ${a.unknown.join(", ")}`);
  console.error(
    `\nThese attributes are unknown for more than ${MAX_CRITICAL_UNKNOWN_SHARE * 100}% of the distros; find the vendors' statements, or say in attributes.json (sparseBecause) why vendors do not publish them.`,
  );
  process.exit(1);
}
