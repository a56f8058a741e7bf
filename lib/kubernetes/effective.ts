import { coveringTier } from "@/lib/lifecycle";
import type { EffectiveSupport, ManagedServiceView, ReleaseView } from "@/lib/validations/api";
import type { ClaimStatus } from "@/lib/validations/catalog";

/** "1.9" < "1.10": Kubernetes minor versions compare by number, not text. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}

type Evidence = EffectiveSupport["status"];
const WEIGHT: Record<Evidence, number> = { confirmed: 0, inferred: 1, reported: 2 };
/** The weaker of two statuses; a disputed list of offered versions reads as our reading, not as stated. */
function weaker(a: Evidence, b: ClaimStatus): Evidence {
  const other: Evidence = b === "confirmed" ? "confirmed" : b === "reported" ? "reported" : "inferred";
  return WEIGHT[other] > WEIGHT[a] ? other : a;
}

const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);

/** The OS's own end: the covering tier of its newest release already out. */
function osEnd(releases: Pick<ReleaseView, "label" | "releaseDate" | "standard" | "maintenance" | "extended">[], today: string): EffectiveSupport["os"] {
  const current = releases.find((r) => r.releaseDate === null || r.releaseDate <= today);
  const tier = current ? coveringTier(current) : null;
  return current && tier ? { release: current.label, tierName: tier.name, end: tier.end } : null;
}

/**
 * How long a node OS is supported on each managed Kubernetes service that
 * offers it: on the newest Kubernetes version the service offers with that OS
 * and still supports, the earlier of the OS's own end and the version's end,
 * standard and extended apart. A node OS whose offered versions are unknown
 * gets no window: the gap stays visible instead of becoming a date.
 */
export function effectiveSupport(
  distro: { slug: string; releases: Pick<ReleaseView, "label" | "releaseDate" | "standard" | "maintenance" | "extended">[] },
  services: ManagedServiceView[],
  today: string,
): EffectiveSupport[] {
  const own = osEnd(distro.releases, today);
  return services.flatMap((service) =>
    service.nodeOs.flatMap((option) => {
      if (option.distro !== distro.slug || !Array.isArray(option.versions.value)) return [];
      const offered = new Set(option.versions.value);
      const versions = service.versions.filter((v) => offered.has(v.version)).sort((a, b) => compareVersions(b.version, a.version));
      const live = versions.filter((v) => (v.extendedEnd ?? v.standardEnd ?? today) >= today);
      const newest = live[0] ?? versions[0];
      if (!newest) return [];
      // An end the service does not publish stays unpublished: the OS's own end only caps a known one.
      const standardEnd = newest.standardEnd ? earlier(newest.standardEnd, own?.end ?? null) : null;
      const extendedEnd = newest.extended && newest.extendedEnd ? earlier(newest.extendedEnd, own?.end ?? null) : null;
      const limitedBy = own?.end && newest.standardEnd && own.end < newest.standardEnd ? "os" : "kubernetes";
      return [
        {
          service: service.slug,
          serviceName: service.name,
          serviceShortName: service.shortName,
          nodeOs: option.name,
          stage: option.stage,
          version: newest.version,
          standardName: service.standardName,
          extendedName: service.extendedName,
          extendedPaid: service.extendedPaid,
          extendedOffered: newest.extended,
          kubernetes: { released: newest.released, standardEnd: newest.standardEnd, extendedEnd: newest.extended ? newest.extendedEnd : null },
          os: own,
          standardEnd,
          extendedEnd,
          limitedBy,
          status: weaker(newest.status, option.versions.status),
          sources: [...newest.sources, ...option.versions.sources],
        } satisfies EffectiveSupport,
      ];
    }),
  );
}

/** The window a decision scores: the longest standard window among the services that offer the OS. */
export function longestWindow<W extends Pick<EffectiveSupport, "stage" | "standardEnd">>(windows: W[]): W | null {
  return (
    windows.filter((w) => w.stage !== "retired" && w.standardEnd !== null).sort((a, b) => (b.standardEnd ?? "").localeCompare(a.standardEnd ?? ""))[0] ?? null
  );
}

/** "EKS 1.34: standard support to 2 Dec 2026" — the name a reader recognises. */
export function windowLabel(w: Pick<EffectiveSupport, "serviceShortName" | "version">): string {
  return `${w.serviceShortName} ${w.version}`;
}
