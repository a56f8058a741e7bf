import type { Db, DbTx } from "@/lib/db/client";
import { lockCatalogForWrite } from "@/lib/db/locks";
import type { Catalog } from "@/lib/catalog/read";

export type LoadOutcome =
  | { changed: false; hash: string }
  | { changed: true; hash: string; previous: string | null; distros: number; claims: number; sources: number };

/** The hash of the catalog currently in the database, or null when none was loaded. */
export async function currentCatalogHash(db: Pick<DbTx, "catalogVersion">): Promise<string | null> {
  const row = await db.catalogVersion.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  return row?.hash ?? null;
}

/**
 * Replaces the catalog in the database with `catalog`, in one transaction:
 * either every row of the new catalog is stored or the previous one stays.
 * A catalog whose hash is already current changes nothing. Safe to race:
 * the hash is re-read inside the transaction after taking the write lock, so
 * two loaders of one catalog store it once.
 */
export async function loadCatalog(db: Db, catalog: Catalog, now: Date = new Date()): Promise<LoadOutcome> {
  // Cheap check outside any lock: the usual restart with an unchanged catalog.
  if ((await currentCatalogHash(db)) === catalog.hash) return { changed: false, hash: catalog.hash };

  const claims = catalog.distros.flatMap((d) =>
    Object.entries(d.claims).flatMap(([key, list]) =>
      list.map((c, i) => ({ claim: c, row: {
        id: `${d.slug}/${key}/${i}`,
        distroSlug: d.slug,
        attributeKey: key,
        position: i,
        value: JSON.stringify(c.value),
        display: c.display,
        status: c.status,
        preferred: c.status !== "disputed" || c.preferred === true,
        note: c.note ?? null,
        history: c.history && c.history.length > 0 ? JSON.stringify(c.history) : null,
      } })),
    ),
  );
  const releases = catalog.distros.flatMap((d) =>
    d.releases.map((r, i) => ({ release: r, row: {
      id: `${d.slug}/${r.name}`,
      distroSlug: d.slug,
      position: i,
      name: r.name,
      label: r.label,
      releaseDate: r.releaseDate,
      previewDate: r.previewDate ?? null,
      lts: r.lts,
      standardName: r.standard?.name ?? null,
      standardEnd: r.standard?.end ?? null,
      standardPaid: r.standard?.paid ?? null,
      maintenanceName: r.maintenance?.name ?? null,
      maintenanceEnd: r.maintenance?.end ?? null,
      maintenancePaid: r.maintenance?.paid ?? null,
      extendedName: r.extended?.name ?? null,
      extendedEnd: r.extended?.end ?? null,
      extendedPaid: r.extended?.paid ?? null,
      latestVersion: r.latest?.version ?? null,
      latestDate: r.latest?.date ?? null,
      note: r.note ?? null,
    } })),
  );

  // A second loader waits for the lock; a large catalog on a slow disk needs more than the 5 s default.
  return db.$transaction(async (tx): Promise<LoadOutcome> => {
    await lockCatalogForWrite(db, tx);
    const previous = await currentCatalogHash(tx);
    if (previous === catalog.hash) return { changed: false, hash: catalog.hash };
    // Children first; the catalog is replaced as a whole.
    await tx.claimSource.deleteMany();
    await tx.releaseSource.deleteMany();
    await tx.distroSource.deleteMany();
    await tx.claim.deleteMany();
    await tx.release.deleteMany();
    await tx.distro.deleteMany();
    await tx.attribute.deleteMany();
    await tx.source.deleteMany();
    await tx.source.createMany({
      data: catalog.sources.map((s) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        kind: s.kind,
        published: s.published,
        accessed: s.accessed,
        note: s.note ?? null,
      })),
    });
    await tx.attribute.createMany({
      data: catalog.attributes.map((a, i) => ({
        key: a.key,
        label: a.label,
        group: a.group,
        position: i,
        valueType: a.valueType,
        explanation: a.explanation,
        scale: a.values ? JSON.stringify(a.values) : null,
      })),
    });
    await tx.distro.createMany({
      data: catalog.distros.map((d, i) => ({
        slug: d.slug,
        name: d.name,
        vendor: d.vendor,
        featured: d.featured,
        clouds: JSON.stringify(d.clouds),
        kind: d.kind,
        status: d.status,
        summary: d.summary,
        predecessor: d.predecessor,
        derivedFrom: d.derivedFrom,
        upstreamBase: d.upstreamBase,
        homepage: d.homepage,
        reviewed: d.reviewed,
        position: i,
      })),
    });
    await tx.distroSource.createMany({
      data: catalog.distros.flatMap((d) => d.sources.map((sourceId) => ({ distroSlug: d.slug, sourceId }))),
    });
    await tx.claim.createMany({ data: claims.map((c) => c.row) });
    await tx.claimSource.createMany({
      data: claims.flatMap((c) =>
        c.claim.sources.map((cite, position) => ({ claimId: c.row.id, sourceId: cite.source, position, quote: cite.quote ?? null })),
      ),
    });
    await tx.release.createMany({ data: releases.map((r) => r.row) });
    await tx.releaseSource.createMany({
      data: releases.flatMap((r) =>
        r.release.sources.map((cite, position) => ({ releaseId: r.row.id, sourceId: cite.source, position, quote: cite.quote ?? null })),
      ),
    });
    await tx.catalogVersion.create({
      data: {
        hash: catalog.hash,
        loadedAt: now,
        distroCount: catalog.distros.length,
        claimCount: claims.length,
        sourceCount: catalog.sources.length,
        kubernetes: JSON.stringify(catalog.kubernetes),
      },
    });
    return {
      changed: true,
      hash: catalog.hash,
      previous,
      distros: catalog.distros.length,
      claims: claims.length,
      sources: catalog.sources.length,
    };
  }, { maxWait: 60_000, timeout: 120_000 });
}
