import type { Db } from "@/lib/db/client";
import type { Catalog } from "@/lib/catalog/read";

export type LoadOutcome =
  | { changed: false; hash: string }
  | { changed: true; hash: string; previous: string | null; distros: number; claims: number; sources: number };

/** The hash of the catalog currently in the database, or null when none was loaded. */
export async function currentCatalogHash(db: Db): Promise<string | null> {
  const row = await db.catalogVersion.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  return row?.hash ?? null;
}

/**
 * Replaces the catalog in the database with `catalog`, in one transaction:
 * either every row of the new catalog is stored or the previous one stays.
 * A catalog whose hash is already current changes nothing.
 */
export async function loadCatalog(db: Db, catalog: Catalog, now: Date = new Date()): Promise<LoadOutcome> {
  const previous = await currentCatalogHash(db);
  if (previous === catalog.hash) return { changed: false, hash: catalog.hash };

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
      maintenanceName: r.maintenance?.name ?? null,
      maintenanceEnd: r.maintenance?.end ?? null,
      extendedName: r.extended?.name ?? null,
      extendedEnd: r.extended?.end ?? null,
      latestVersion: r.latest?.version ?? null,
      latestDate: r.latest?.date ?? null,
      note: r.note ?? null,
    } })),
  );

  await db.$transaction([
    // Children first; the catalog is replaced as a whole.
    db.claimSource.deleteMany(),
    db.releaseSource.deleteMany(),
    db.distroSource.deleteMany(),
    db.claim.deleteMany(),
    db.release.deleteMany(),
    db.distro.deleteMany(),
    db.attribute.deleteMany(),
    db.source.deleteMany(),
    db.source.createMany({
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
    }),
    db.attribute.createMany({
      data: catalog.attributes.map((a, i) => ({
        key: a.key,
        label: a.label,
        group: a.group,
        position: i,
        valueType: a.valueType,
        explanation: a.explanation,
        scale: a.values ? JSON.stringify(a.values) : null,
      })),
    }),
    db.distro.createMany({
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
        position: i,
      })),
    }),
    db.distroSource.createMany({
      data: catalog.distros.flatMap((d) => d.sources.map((sourceId) => ({ distroSlug: d.slug, sourceId }))),
    }),
    db.claim.createMany({ data: claims.map((c) => c.row) }),
    db.claimSource.createMany({
      data: claims.flatMap((c) => c.claim.sources.map((sourceId, position) => ({ claimId: c.row.id, sourceId, position }))),
    }),
    db.release.createMany({ data: releases.map((r) => r.row) }),
    db.releaseSource.createMany({
      data: releases.flatMap((r) => r.release.sources.map((sourceId, position) => ({ releaseId: r.row.id, sourceId, position }))),
    }),
    db.catalogVersion.create({
      data: {
        hash: catalog.hash,
        loadedAt: now,
        distroCount: catalog.distros.length,
        claimCount: claims.length,
        sourceCount: catalog.sources.length,
      },
    }),
  ]);
  return {
    changed: true,
    hash: catalog.hash,
    previous,
    distros: catalog.distros.length,
    claims: claims.length,
    sources: catalog.sources.length,
  };
}
