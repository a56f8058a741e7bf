import type { Db, DbTx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { lockCatalogForWrite } from "@/lib/db/locks";
import type { Catalog } from "@/lib/catalog/read";
import { catalogDocumentSchema, documentCounts, toDocument, type CatalogDocument } from "@/lib/catalog/document";

export type LoadOutcome =
  { changed: false; hash: string } | { changed: true; hash: string; previous: string | null; distros: number; claims: number; sources: number };

/** A kept catalog version without its document. */
export type VersionInfo = { id: number; hash: string; loadedAt: Date; commit: string | null };

const INFO = { id: true, hash: true, loadedAt: true, commit: true } as const;
/** Versions loaded before documents were kept are listed nowhere. */
const HAS_DOCUMENT = { document: { not: Prisma.DbNull } };

/** The newest version that holds a document: the one pages read. */
async function newest(db: Pick<DbTx, "catalogVersion">) {
  return db.catalogVersion.findFirst({ where: HAS_DOCUMENT, orderBy: { id: "desc" }, select: INFO });
}

/** The hash of the catalog currently in use, or null when none was loaded. */
export async function currentCatalogHash(db: Pick<DbTx, "catalogVersion">): Promise<string | null> {
  return (await newest(db))?.hash ?? null;
}

/**
 * Stores `catalog` as a new version, in one transaction, keeping every earlier
 * one. A catalog whose hash is already current changes nothing. Safe to race:
 * the hash is re-read inside the transaction after taking the write lock, so
 * two loaders of one catalog store it once.
 */
export async function loadCatalog(db: Db, catalog: Catalog, opts: { now?: Date; commit?: string | null } = {}): Promise<LoadOutcome> {
  // Cheap check outside any lock: the usual restart with an unchanged catalog.
  if ((await currentCatalogHash(db)) === catalog.hash) return { changed: false, hash: catalog.hash };
  const document = toDocument(catalog);
  const counts = documentCounts(document);
  // A second loader waits for the lock; a slow disk may need more than the 5 s default.
  return db.$transaction(
    async (tx): Promise<LoadOutcome> => {
      await lockCatalogForWrite(db, tx);
      const previous = await currentCatalogHash(tx);
      if (previous === catalog.hash) return { changed: false, hash: catalog.hash };
      await tx.catalogVersion.create({
        data: { hash: catalog.hash, loadedAt: opts.now ?? new Date(), commit: opts.commit ?? null, document, ...counts },
      });
      return { changed: true, hash: catalog.hash, previous, distros: counts.distroCount, claims: counts.claimCount, sources: counts.sourceCount };
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

/** Every kept version that holds a document, oldest first, without the documents. */
export async function listVersions(db: Pick<DbTx, "catalogVersion">): Promise<VersionInfo[]> {
  return db.catalogVersion.findMany({ where: HAS_DOCUMENT, orderBy: { id: "asc" }, select: INFO });
}

export type StoredVersion = VersionInfo & { document: CatalogDocument };

/**
 * One kept version with its document, by hash (the newest with that hash);
 * the current version when no hash is given. Null when none is kept.
 */
export async function readVersion(db: Pick<DbTx, "catalogVersion">, hash?: string): Promise<StoredVersion | null> {
  const row = await db.catalogVersion.findFirst({
    where: { ...(hash ? { hash } : {}), ...HAS_DOCUMENT },
    orderBy: { id: "desc" },
    select: { ...INFO, document: true },
  });
  if (!row || row.document === null) return null;
  return { id: row.id, hash: row.hash, loadedAt: row.loadedAt, commit: row.commit, document: catalogDocumentSchema.parse(row.document) };
}

/**
 * Every kept version with its document, oldest first. A document that no
 * longer reads under today's schemas is left out and reported by `onSkip`.
 */
export async function readAllVersions(
  db: Pick<DbTx, "catalogVersion">,
  onSkip: (v: VersionInfo, error: unknown) => void = () => undefined,
): Promise<StoredVersion[]> {
  const rows = await db.catalogVersion.findMany({ where: HAS_DOCUMENT, orderBy: { id: "asc" }, select: { ...INFO, document: true } });
  return rows.flatMap((row) => {
    const parsed = catalogDocumentSchema.safeParse(row.document);
    if (parsed.success) return [{ id: row.id, hash: row.hash, loadedAt: row.loadedAt, commit: row.commit, document: parsed.data }];
    onSkip({ id: row.id, hash: row.hash, loadedAt: row.loadedAt, commit: row.commit }, parsed.error);
    return [];
  });
}
