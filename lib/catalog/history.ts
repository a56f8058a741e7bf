import { NOT_IN_CATALOG } from "@/lib/catalog/claim-text";
import { leadClaim } from "@/lib/catalog/claims";
import { canonicalJson } from "@/lib/catalog/hash";
import { formatDate } from "@/lib/format-date";
import type { Change, ChangeKind, ChangeState } from "@/lib/validations/changes";
import type { AttributeClaims, CatalogVersion, CitedSource, DistroDetail, ReleaseView } from "@/lib/validations/api";

type SupportTierView = ReleaseView["standard"];

/** What a difference is computed from: a distro's claims and releases as pages show them. */
export type DiffableDistro = Pick<DistroDetail, "slug" | "name"> & { attributes: AttributeClaims[]; releases: ReleaseView[] };

/** A kept catalog version's distros, with when it was loaded. */
export type VersionDistros = { version: CatalogVersion; distros: DiffableDistro[] };

const TIERS = ["standard", "maintenance", "extended"] as const;

/** Everything that can change about one distro, each with a key stable across versions. */
type Subject =
  | { type: "distro"; key: "record"; label: string; fingerprint: string; distro: DiffableDistro }
  | { type: "claim"; key: string; label: string; fingerprint: string; attribute: AttributeClaims }
  | { type: "release"; key: string; label: string; fingerprint: string; release: ReleaseView };

function claimFingerprint(a: AttributeClaims): string {
  // `?? null`: reports saved by older versions may lack a field rather than hold null.
  return canonicalJson(
    a.claims.map((c) => ({ v: c.value, d: c.display, s: c.status, p: c.preferred, n: c.note ?? null, src: c.sources.map((s) => [s.id, s.quote ?? null]) })),
  );
}

function releaseFingerprint(r: ReleaseView): string {
  return canonicalJson({
    label: r.label,
    releaseDate: r.releaseDate,
    previewDate: r.previewDate ?? null,
    lts: r.lts,
    tiers: TIERS.map((k) => r[k] ?? null),
    latest: r.latest ?? null,
    src: r.sources.map((s) => [s.id, s.quote ?? null]),
  });
}

function subjects(d: DiffableDistro): Map<string, Subject> {
  const out = new Map<string, Subject>();
  out.set("distro:record", { type: "distro", key: "record", label: d.name, fingerprint: d.name, distro: d });
  for (const a of d.attributes) out.set(`claim:${a.key}`, { type: "claim", key: a.key, label: a.label, fingerprint: claimFingerprint(a), attribute: a });
  for (const r of d.releases) out.set(`release:${r.name}`, { type: "release", key: r.name, label: r.label, fingerprint: releaseFingerprint(r), release: r });
  return out;
}

/** A change record carries the status apart from the words, and lists every position of a dispute as the record of what stood. */
function claimState(a: AttributeClaims, since: string | null): ChangeState {
  const display = a.claims.length > 1 ? `Disputed: ${a.claims.map((x) => x.display).join(" / ")}` : (leadClaim(a)?.display ?? NOT_IN_CATALOG);
  return { display, status: a.status, since };
}

function tierText(t: SupportTierView): string {
  if (!t) return "not offered";
  return t.end ? formatDate(t.end) : "no published end";
}

function releaseText(r: ReleaseView): string {
  const parts = [r.releaseDate ? `released ${formatDate(r.releaseDate)}` : "release date not published"];
  for (const k of TIERS) {
    const t = r[k];
    if (t) parts.push(`${t.name} ${t.end ? `to ${formatDate(t.end)}` : "with no published end"}${t.paid ? " (paid)" : ""}`);
  }
  return parts.join("; ");
}

/** A long value cut at a word for a one-line summary; the full text is in the change's before and after. */
function brief(text: string, max = 120): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:.]+$/, "")}…`;
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

type Context = { distro: DiffableDistro; version: CatalogVersion; since: (subjectId: string) => string | null };

function change(
  ctx: Context,
  kind: ChangeKind,
  s: Pick<Subject, "type" | "key" | "label">,
  summary: string,
  before: ChangeState | null,
  after: ChangeState | null,
  sources: CitedSource[],
  part = "",
): Change {
  return {
    id: `${ctx.version.hash}:${ctx.distro.slug}:${s.type}:${s.key}${part ? `:${part}` : ""}`,
    date: ctx.version.loadedAt,
    kind,
    distro: ctx.distro.slug,
    distroName: ctx.distro.name,
    subject: { type: s.type, key: s.key, label: s.label },
    summary,
    before,
    after,
    sources,
    version: ctx.version,
  };
}

function claimChanges(ctx: Context, id: string, before: AttributeClaims | undefined, after: AttributeClaims | undefined, label: string, key: string): Change[] {
  const s = { type: "claim" as const, key, label };
  const name = ctx.distro.name;
  const was = before ? claimState(before, ctx.since(id)) : null;
  const now = after ? claimState(after, ctx.version.loadedAt) : null;
  if (!before && after)
    return [
      change(
        ctx,
        "claim-added",
        s,
        `${name}: ${label} added: ${brief(now?.display ?? "")}`,
        null,
        now,
        after.claims.flatMap((c) => c.sources),
      ),
    ];
  if (before && !after)
    return [
      change(
        ctx,
        "claim-removed",
        s,
        `${name}: ${label} removed (was: ${brief(was?.display ?? "")})`,
        was,
        null,
        before.claims.flatMap((c) => c.sources),
      ),
    ];
  if (!before || !after) return [];
  const sources = after.claims.flatMap((c) => c.sources);
  if (before.claims.length === 1 && after.claims.length > 1)
    return [change(ctx, "dispute-opened", s, `${name}: sources now disagree on ${label.toLowerCase()}`, was, now, sources)];
  if (before.claims.length > 1 && after.claims.length === 1)
    return [change(ctx, "dispute-resolved", s, `${name}: ${label} is no longer disputed: ${brief(now?.display ?? "")}`, was, now, sources)];
  const b = leadClaim(before);
  const a = leadClaim(after);
  if (!sameValue(b?.value, a?.value) || b?.display !== a?.display) {
    return [change(ctx, "value-changed", s, `${name}: ${label} changed to: ${brief(now?.display ?? "")}`, was, now, sources)];
  }
  if (b?.status !== a?.status)
    return [change(ctx, "status-changed", s, `${name}: ${label} is now ${a?.status ?? "unknown"} (was ${b?.status ?? "unknown"})`, was, now, sources)];
  return [change(ctx, "sources-changed", s, `${name}: the sources for ${label.toLowerCase()} changed`, was, now, sources)];
}

function releaseChanges(ctx: Context, id: string, before: ReleaseView | undefined, after: ReleaseView | undefined): Change[] {
  const r = (after ?? before)!;
  const s = { type: "release" as const, key: r.name, label: r.label };
  const name = ctx.distro.name;
  // Release labels usually start with the distro's name ("Amazon Linux 2023"); say it once.
  const title = r.label.startsWith(name) ? r.label : `${name} ${r.label}`;
  if (!before && after) {
    return [
      change(
        ctx,
        "release-added",
        s,
        `${title} added (${releaseText(after)})`,
        null,
        { display: releaseText(after), status: null, since: ctx.version.loadedAt },
        after.sources,
      ),
    ];
  }
  if (before && !after) {
    return [
      change(
        ctx,
        "release-removed",
        s,
        `${title} removed from the catalog`,
        { display: releaseText(before), status: null, since: ctx.since(id) },
        null,
        before.sources,
      ),
    ];
  }
  if (!before || !after) return [];
  const out: Change[] = [];
  for (const k of TIERS) {
    const b: SupportTierView = before[k];
    const a: SupportTierView = after[k];
    if (sameValue(b, a)) continue;
    const tierName = a?.name ?? b?.name ?? k;
    const was = { display: `${tierName}: ${tierText(b)}`, status: null, since: ctx.since(id) };
    const now = { display: `${tierName}: ${tierText(a)}`, status: null, since: ctx.version.loadedAt };
    out.push(
      change(
        ctx,
        "end-moved",
        s,
        `${title}: end of ${tierName} ${b?.end && a?.end ? `moved from ${formatDate(b.end)} to ${formatDate(a.end)}` : `is now ${tierText(a)} (was ${tierText(b)})`}`,
        was,
        now,
        after.sources,
        k,
      ),
    );
  }
  const rest = (x: ReleaseView) =>
    canonicalJson({
      label: x.label,
      releaseDate: x.releaseDate,
      previewDate: x.previewDate ?? null,
      lts: x.lts,
      latest: x.latest ?? null,
      src: x.sources.map((c) => [c.id, c.quote ?? null]),
    });
  if (rest(before) !== rest(after)) {
    const latest = (x: ReleaseView) =>
      x.latest ? `latest ${x.latest.version}${x.latest.date ? ` (${formatDate(x.latest.date)})` : ""}` : "no latest version recorded";
    const was = { display: `${releaseText(before)}; ${latest(before)}`, status: null, since: ctx.since(id) };
    const now = { display: `${releaseText(after)}; ${latest(after)}`, status: null, since: ctx.version.loadedAt };
    out.push(change(ctx, "release-updated", s, `${title}: release details updated (${latest(after)})`, was, now, after.sources, "details"));
  }
  return out;
}

/**
 * The differences between two sets of distros, one entry per changed claim,
 * release tier or release, dated by `version`. `since(subjectId)` says when
 * the earlier state was first recorded.
 */
export function diffDistros(
  before: DiffableDistro[],
  after: DiffableDistro[],
  version: CatalogVersion,
  since: (distro: string, subjectId: string) => string | null = () => null,
): Change[] {
  const out: Change[] = [];
  const beforeBySlug = new Map(before.map((d) => [d.slug, d]));
  const afterBySlug = new Map(after.map((d) => [d.slug, d]));
  for (const d of after) {
    const old = beforeBySlug.get(d.slug);
    const ctx: Context = { distro: d, version, since: (id) => since(d.slug, id) };
    if (!old) {
      out.push(
        change(
          ctx,
          "distro-added",
          { type: "distro", key: "record", label: d.name },
          `${d.name} added to the catalog`,
          null,
          { display: d.name, status: null, since: version.loadedAt },
          [],
        ),
      );
      continue;
    }
    const was = subjects(old);
    const now = subjects(d);
    for (const id of new Set([...was.keys(), ...now.keys()])) {
      const b = was.get(id);
      const a = now.get(id);
      if (b?.fingerprint === a?.fingerprint) continue;
      const subject = (a ?? b)!;
      if (subject.type === "claim") {
        out.push(
          ...claimChanges(ctx, id, b?.type === "claim" ? b.attribute : undefined, a?.type === "claim" ? a.attribute : undefined, subject.label, subject.key),
        );
      } else if (subject.type === "release") {
        out.push(...releaseChanges(ctx, id, b?.type === "release" ? b.release : undefined, a?.type === "release" ? a.release : undefined));
      }
    }
  }
  for (const d of before) {
    if (afterBySlug.has(d.slug)) continue;
    const ctx: Context = { distro: d, version, since: (id) => since(d.slug, id) };
    out.push(
      change(
        ctx,
        "distro-removed",
        { type: "distro", key: "record", label: d.name },
        `${d.name} removed from the catalog`,
        { display: d.name, status: null, since: ctx.since("distro:record") },
        null,
        [],
      ),
    );
  }
  return out;
}

/**
 * Every change across kept versions (oldest first in `versions`), newest
 * first. The first version is the baseline: what it holds is not a change.
 * Each earlier state carries the load time of the version that first held it.
 */
export function versionChanges(versions: VersionDistros[]): Change[] {
  const firstSeen = new Map<string, { fingerprint: string; since: string }>();
  const record = (v: VersionDistros) => {
    for (const d of v.distros) {
      for (const [id, s] of subjects(d)) {
        const key = `${d.slug}/${id}`;
        if (firstSeen.get(key)?.fingerprint !== s.fingerprint) firstSeen.set(key, { fingerprint: s.fingerprint, since: v.version.loadedAt });
      }
    }
  };
  const out: Change[] = [];
  versions.forEach((v, i) => {
    const prev = versions[i - 1];
    if (prev) out.push(...diffDistros(prev.distros, v.distros, v.version, (slug, id) => firstSeen.get(`${slug}/${id}`)?.since ?? null));
    record(v);
  });
  return sortChanges(out);
}

/**
 * Positions a vendor replaced that the catalog records with each claim (an
 * end of life moved, a plan changed), as changes dated when the newer
 * statement took effect.
 */
export function recordedRevisions(distros: DiffableDistro[]): Change[] {
  const out: Change[] = [];
  for (const d of distros) {
    for (const a of d.attributes) {
      for (const c of a.claims) {
        c.history.forEach((h, i) => {
          const newer = i === 0 ? { display: c.display, sources: c.sources, status: c.status } : { ...c.history[i - 1]!, status: null };
          const older = c.history[i + 1];
          out.push({
            id: `recorded:${d.slug}:claim:${a.key}:${h.until}`,
            date: h.until,
            kind: "vendor-revised",
            distro: d.slug,
            distroName: d.name,
            subject: { type: "claim", key: a.key, label: a.label },
            summary: `${d.name}: ${a.label} revised: ${brief(newer.display)}`,
            before: { display: h.display, status: null, since: older?.until ?? null },
            after: { display: newer.display, status: newer.status, since: h.until },
            // The same page may be cited for both positions, with different words.
            sources: [...newer.sources, ...h.sources.filter((s) => !newer.sources.some((n) => n.id === s.id && n.quote === s.quote))],
            version: null,
          });
        });
      }
    }
  }
  return sortChanges(out);
}

/** Newest first; a load time and a vendor's month compare as ISO strings do. Ties keep a stable order by id. */
export function sortChanges(list: Change[]): Change[] {
  return [...list].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1));
}
