import type { Db } from "@/lib/db/client";
import { effectiveSupport } from "@/lib/kubernetes/effective";
import { isoDay } from "@/lib/lifecycle";
import type { KubernetesInput } from "@/lib/validations/kubernetes";
import { attributeStatus, leadClaim } from "@/lib/catalog/claims";
import { readVersion } from "@/lib/catalog/load";
import type { CatalogDocument } from "@/lib/catalog/document";
import type { ClaimStatus, SourceInput } from "@/lib/validations/catalog";
import type {
  AttributeClaims,
  AttributeView,
  CatalogVersion,
  CitedSource,
  ClaimView,
  ManagedServiceView,
  DistroDetail,
  ReleaseView,
  SourceCitation,
  SourceRef,
  SourceView,
} from "@/lib/validations/api";

/** The whole loaded catalog, assembled into the shapes pages and the API use. */
export type CatalogSnapshot = {
  version: CatalogVersion;
  attributes: AttributeView[];
  distros: DistroDetail[];
  sources: SourceView[];
  /** Managed Kubernetes services, their version calendars and node OS options. */
  kubernetes: ManagedServiceView[];
};

type SourceRow = SourceInput;

function sourceRef(s: SourceRow): SourceRef {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    kind: s.kind,
    published: s.published,
    accessed: s.accessed,
  };
}

function cited(s: SourceRow, quote: string | null): CitedSource {
  return { ...sourceRef(s), quote };
}

type Cite = (sourceId: string, c: SourceCitation) => void;

/** The services document with each citation resolved to its source; every source cited is recorded for /sources. */
function kubernetesViews(doc: KubernetesInput, sourceById: Map<string, SourceRow>, distroName: Map<string, string>, cite: Cite): ManagedServiceView[] {
  const resolve = (
    list: { source: string; quote?: string }[],
    record: Omit<SourceCitation, "distro" | "distroName" | "kind" | "status"> & { status?: ClaimStatus | null },
    service: { slug: string; name: string },
  ) =>
    list.flatMap((c) => {
      const row = sourceById.get(c.source);
      if (!row) return [];
      cite(c.source, {
        distro: service.slug,
        distroName: service.name,
        kind: "service",
        key: record.key,
        label: record.label,
        display: record.display,
        status: record.status ?? null,
      });
      return [cited(row, c.quote ?? null)];
    });
  return doc.services.map((s) => {
    const claim = (c: KubernetesInput["services"][number]["nodeOs"][number]["versions"], label: string, osName: string): ClaimView => ({
      value: c.value,
      display: c.display,
      status: c.status,
      preferred: true,
      note: c.note ?? null,
      sources: resolve(c.sources, { key: "node-os", label: `${osName}: ${label}`, display: c.display, status: c.status }, s),
      history: [],
    });
    return {
      slug: s.slug,
      name: s.name,
      shortName: s.shortName,
      provider: s.provider,
      standardName: s.standardName,
      extendedName: s.extendedName,
      extendedPaid: s.extendedPaid,
      policy: { display: s.policy.display, sources: resolve(s.policy.sources, { key: "policy", label: "Support policy", display: s.policy.display }, s) },
      versions: s.versions.map((v) => ({
        version: v.version,
        released: v.released,
        standardEnd: v.standardEnd,
        extendedEnd: v.extendedEnd,
        extended: v.extended,
        status: v.status,
        note: v.note ?? null,
        sources: resolve(v.sources, { key: "version", label: `Kubernetes ${v.version}`, display: "Version support dates" }, s),
      })),
      nodeOs: s.nodeOs.map((o) => ({
        distro: o.distro,
        distroName: o.distro ? (distroName.get(o.distro) ?? null) : null,
        name: o.name,
        stage: o.stage,
        versions: claim(o.versions, "Kubernetes versions offered", o.name),
        architectures: claim(o.architectures, "architectures", o.name),
        fips: claim(o.fips, "FIPS", o.name),
        confidential: claim(o.confidential, "confidential nodes", o.name),
        note: o.note ?? null,
      })),
    };
  });
}

/** Reads the current catalog version from the database; null when no catalog has been loaded. */
export async function readSnapshot(db: Db, today: string = isoDay()): Promise<CatalogSnapshot | null> {
  const version = await readVersion(db);
  return version ? snapshotFromDocument(version.document, { hash: version.hash, loadedAt: version.loadedAt.toISOString() }, today) : null;
}

/** Assembles a kept catalog document into the views pages and the API use; `today` decides which services' versions still count. */
export function snapshotFromDocument(doc: CatalogDocument, version: CatalogVersion, today: string = isoDay()): CatalogSnapshot {
  const attributeViews: AttributeView[] = doc.attributes.map((a) => ({
    key: a.key,
    label: a.label,
    group: a.group,
    valueType: a.valueType,
    values: a.values ?? null,
    explanation: a.explanation,
  }));

  const sourceById = new Map(doc.sources.map((s) => [s.id, s]));
  const citations = new Map<string, SourceCitation[]>();
  const cite: Cite = (sourceId, c) => {
    const list = citations.get(sourceId) ?? [];
    list.push(c);
    citations.set(sourceId, list);
  };
  const resolve = (list: { source: string; quote?: string }[]): CitedSource[] =>
    list.flatMap((c) => {
      const row = sourceById.get(c.source);
      return row ? [cited(row, c.quote ?? null)] : [];
    });

  const successors = new Map<string, string[]>();
  const derivatives = new Map<string, string[]>();
  for (const d of doc.distros) {
    if (d.predecessor) successors.set(d.predecessor, [...(successors.get(d.predecessor) ?? []), d.slug]);
    if (d.derivedFrom) derivatives.set(d.derivedFrom, [...(derivatives.get(d.derivedFrom) ?? []), d.slug]);
  }

  const distroViews: DistroDetail[] = doc.distros.map((d) => {
    const attrs: AttributeClaims[] = attributeViews.flatMap((a) => {
      const list = d.claims[a.key];
      if (!list) return [];
      const positions: ClaimView[] = list.map((c) => ({
        value: c.value,
        display: c.display,
        status: c.status,
        preferred: c.status !== "disputed" || c.preferred === true,
        note: c.note ?? null,
        sources: resolve(c.sources),
        history: (c.history ?? []).map((h) => ({ display: h.display, until: h.until, sources: resolve(h.sources) })),
      }));
      // The lead first: pages and the API list positions in the order a reader weighs them.
      const lead = leadClaim({ claims: positions });
      const claims = positions.filter((c) => c !== lead);
      if (lead) claims.unshift(lead);
      const status = attributeStatus(claims);
      for (const c of claims) {
        for (const s of c.sources) {
          cite(s.id, { distro: d.slug, distroName: d.name, kind: "claim", key: a.key, label: a.label, display: c.display, status: c.status });
        }
        for (const h of c.history) {
          for (const s of h.sources) {
            cite(s.id, {
              distro: d.slug,
              distroName: d.name,
              kind: "claim",
              key: a.key,
              label: a.label,
              display: `Earlier position, held until ${h.until}: ${h.display}`,
              status: null,
            });
          }
        }
      }
      return [{ key: a.key, label: a.label, group: a.group, status, claims }];
    });
    const releases: ReleaseView[] = d.releases.map((r) => {
      for (const rs of r.sources) {
        cite(rs.source, { distro: d.slug, distroName: d.name, kind: "release", key: r.name, label: r.label, display: "Release dates", status: null });
      }
      return {
        name: r.name,
        label: r.label,
        releaseDate: r.releaseDate,
        previewDate: r.previewDate ?? null,
        lts: r.lts,
        standard: r.standard,
        maintenance: r.maintenance,
        extended: r.extended,
        latest: r.latest,
        note: r.note ?? null,
        sources: resolve(r.sources),
      };
    });
    for (const id of d.sources) {
      cite(id, { distro: d.slug, distroName: d.name, kind: "record", key: "record", label: "Catalog record", display: d.name, status: null });
    }
    return {
      slug: d.slug,
      name: d.name,
      vendor: d.vendor,
      featured: d.featured,
      clouds: d.clouds,
      kind: d.kind,
      status: d.status,
      summary: d.summary,
      predecessor: d.predecessor,
      derivedFrom: d.derivedFrom,
      upstreamBase: d.upstreamBase,
      homepage: d.homepage,
      reviewed: d.reviewed,
      currentRelease: releases[0] ?? null,
      sources: d.sources
        .flatMap((id) => {
          const row = sourceById.get(id);
          return row ? [sourceRef(row)] : [];
        })
        .sort((a, b) => a.title.localeCompare(b.title)),
      attributes: attrs,
      releases,
      successors: successors.get(d.slug) ?? [],
      derivatives: derivatives.get(d.slug) ?? [],
      managedKubernetes: [],
    };
  });

  const kubernetes = kubernetesViews(doc.kubernetes, sourceById, new Map(doc.distros.map((d) => [d.slug, d.name])), cite);
  for (const d of distroViews) d.managedKubernetes = effectiveSupport(d, kubernetes, today);

  return {
    version,
    attributes: attributeViews,
    distros: distroViews,
    kubernetes,
    sources: doc.sources.map((s) => ({ ...sourceRef(s), note: s.note ?? null, citations: citations.get(s.id) ?? [] })),
  };
}
