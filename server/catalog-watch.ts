// Keeps the pages in step with the loaded catalog: once at start (they may
// have been rendered from another version: the build's, or before a restart),
// then whenever another instance or `npm run catalog:load` loads a new one.
import { errorMessage, log } from "../lib/log";

/** ATLAS_CATALOG_POLL_SECONDS: how often to look for a new catalog version (default 60; 0: only at start). */
export function catalogPollSeconds(env: Partial<Record<string, string>> = process.env): number {
  const raw = env.ATLAS_CATALOG_POLL_SECONDS?.trim();
  if (!raw) return 60;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`ATLAS_CATALOG_POLL_SECONDS must be a whole number of seconds (0: only at start), not "${raw}"`);
  return n;
}

export type CatalogWatch = { stop: () => void; check: () => Promise<void> };

export function watchCatalog(opts: {
  initial: string | null;
  currentHash: () => Promise<string | null>;
  onChange: () => Promise<void>;
  intervalMs: number;
}): CatalogWatch {
  let known = opts.initial;
  let running: Promise<void> | null = null;

  const revalidate = async (reason: string) => {
    try {
      await opts.onChange();
      log("info", `pages revalidated: ${reason}`);
    } catch (err) {
      log("error", `page revalidation failed (${reason}): ${errorMessage(err)}`);
    }
  };

  // A database that cannot answer leaves the pages as they are: they keep serving the last good catalog.
  const check = () =>
    (running ??= (async () => {
      try {
        const hash = await opts.currentHash();
        if (hash !== null && hash !== known) {
          const previous = known;
          known = hash;
          await revalidate(`catalog ${hash} replaced ${previous ?? "none"}`);
        }
      } catch (err) {
        log("warn", `catalog check failed; pages keep the catalog they have: ${errorMessage(err)}`);
      } finally {
        running = null;
      }
    })());

  const started = revalidate(`start with catalog ${known ?? "none"}`);
  const timer = opts.intervalMs > 0 ? setInterval(() => void started.then(check), opts.intervalMs) : null;
  timer?.unref();
  return { stop: () => timer && clearInterval(timer), check };
}
