import "server-only";
import { db } from "@/lib/db/client";
import { listVersions, readAllVersions } from "@/lib/catalog/load";
import { recordedRevisions, sortChanges, versionChanges } from "@/lib/catalog/history";
import { snapshotFromDocument } from "@/lib/catalog/snapshot";
import { getCatalogHash, listDistroDetails } from "@/lib/data/catalog";
import { isoDay } from "@/lib/lifecycle";
import type { Change, KeptVersion } from "@/lib/validations/changes";
import { log } from "@/lib/log";

export type ChangeLog = { versions: KeptVersion[]; changes: Change[] };

// Versions only grow when a catalog is loaded, so the log is rebuilt only
// when the newest version or the number kept moves (or the day turns).
let memo: { key: string; log: ChangeLog } | null = null;

/** Every change the kept catalog versions show, plus the vendor revisions the current catalog records; newest first. */
export async function getChangeLog(): Promise<ChangeLog> {
  let hash: string | null;
  let infos: Awaited<ReturnType<typeof listVersions>>;
  try {
    [hash, infos] = await Promise.all([getCatalogHash(), listVersions(db)]);
  } catch (err) {
    // The database cannot answer: the change log read last is still true of what pages show.
    if (memo) return memo.log;
    throw err;
  }
  const day = isoDay();
  const key = `${hash}|${infos.length}|${infos.at(-1)?.id ?? 0}|${day}`;
  if (memo?.key === key) return memo.log;
  const stored = await readAllVersions(db, (v, err) => {
    log("error", `catalog version ${v.hash} (${v.loadedAt.toISOString()}) no longer reads; left out of the change log`, { detail: String(err).slice(0, 500) });
  });
  const versions = stored.map((v) => {
    const version = { hash: v.hash, loadedAt: v.loadedAt.toISOString() };
    return { version, distros: snapshotFromDocument(v.document, version, day).distros };
  });
  const changes = sortChanges([...versionChanges(versions), ...recordedRevisions(await listDistroDetails())]);
  const changeLog = { versions: infos.map((v) => ({ hash: v.hash, loadedAt: v.loadedAt.toISOString(), commit: v.commit })), changes };
  memo = { key, log: changeLog };
  return changeLog;
}

/** The change log, for one distro when a slug is given. */
export async function listChanges(distro?: string): Promise<ChangeLog> {
  const changeLog = await getChangeLog();
  return distro ? { ...changeLog, changes: changeLog.changes.filter((c) => c.distro === distro) } : changeLog;
}
