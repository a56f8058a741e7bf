import "server-only";
import { listAttributes, listDistroDetails } from "@/lib/data/catalog";
import type { AttributeClaims, AttributeView, EffectiveSupport, ReleaseView } from "@/lib/validations/api";

/** A distro as the picker shows it. */
export type PickerDistro = { slug: string; name: string; vendor: string; featured: boolean };

export type LifecycleCycle = Pick<ReleaseView, "name" | "label" | "releaseDate" | "previewDate" | "standard" | "maintenance" | "extended" | "note" | "sources">;

export type LifecycleDistro = PickerDistro & {
  cycles: LifecycleCycle[];
  /** The rule an effective support end follows (container hosts on managed Kubernetes), when the catalog states one. */
  supportFollows: AttributeClaims | null;
  /** Its support window on each managed Kubernetes service that offers it. */
  windows: Omit<EffectiveSupport, "sources">[];
};

/** Every distro's release cycles: the plain data the lifecycle view filters on the client. */
export async function listLifecycleData(): Promise<LifecycleDistro[]> {
  const distros = await listDistroDetails();
  return distros.map((d) => ({
    slug: d.slug,
    name: d.name,
    vendor: d.vendor,
    featured: d.featured,
    cycles: d.releases.map(({ name, label, releaseDate, previewDate, standard, maintenance, extended, note, sources }) => ({
      name,
      label,
      releaseDate,
      previewDate,
      standard,
      maintenance,
      extended,
      note,
      sources,
    })),
    supportFollows: d.attributes.find((a) => a.key === "support-follows") ?? null,
    windows: d.managedKubernetes.map(({ sources: _sources, ...w }) => w),
  }));
}

export type MatrixAttribute = Pick<AttributeView, "key" | "label" | "explanation" | "values">;
export type MatrixDistro = PickerDistro & { attributes: Record<string, AttributeClaims | undefined> };
export type MatrixData = { attributes: MatrixAttribute[]; distros: MatrixDistro[] };

/** The given attributes, in the given order, for every distro. */
export async function listAttributeMatrix(keys: readonly string[]): Promise<MatrixData> {
  const [distros, attributes] = await Promise.all([listDistroDetails(), listAttributes()]);
  return {
    attributes: keys.flatMap((key) => {
      const a = attributes.find((x) => x.key === key);
      return a ? [{ key: a.key, label: a.label, explanation: a.explanation, values: a.values }] : [];
    }),
    distros: distros.map((d) => ({
      slug: d.slug,
      name: d.name,
      vendor: d.vendor,
      featured: d.featured,
      attributes: Object.fromEntries(keys.map((k) => [k, d.attributes.find((a) => a.key === k)])),
    })),
  };
}
