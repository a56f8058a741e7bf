// A bounded in-memory shared cache in front of Next's handler, behaving like
// an HTTP shared cache (nginx proxy_cache, a CDN honouring s-maxage): an
// answer whose headers allow a shared cache is finished once by
// secure-response (CSP hashed, gzip made) and then sent from memory until its
// s-maxage runs out; then one request refreshes it while the others get the
// stale copy, within the answer's stale-while-revalidate.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipBody, headerValue, isBuffered, requestHeader, send, type FinishedResponse } from "./secure-response";

/** Request headers a response may Vary on and still be stored: keyed by their raw value. Accept-Encoding is handled by storing identity and gzip bodies. */
const KEYABLE = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
/** The request's values of the KEYABLE headers, taken before the handler runs (Next deletes its router headers from the request). */
type KeyValues = Map<string, string | undefined>;
/** Variants kept for one URL (HTML, RSC, prefetches…); the oldest goes first. */
const MAX_VARIANTS = 8;
/** Bytes counted per entry beyond its bodies, headers and key. */
const ENTRY_OVERHEAD = 256;

export type CacheOptions = {
  /** Total bytes of every stored entry (bodies, headers, keys). */
  maxBytes: number;
  /** Stored entries (variants), all URLs together. */
  maxEntries: number;
  /** An entry larger than this (identity + gzip body, headers) is not stored. */
  maxEntryBytes: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
};

export type CacheOutcome = "hit" | "stale" | "miss";

/** What the cache did with a request: answered it, or let it through with a callback for the finished answer. */
export type Lookup = { outcome: "hit" | "stale"; served: true } | { outcome: "miss"; served: false; store?: (finished: FinishedResponse) => void };

type Entry = {
  url: string;
  /** Request headers (lower case) the answer varies on, and their values when it was stored. */
  varyNames: string[];
  varyValues: (string | undefined)[];
  response: FinishedResponse;
  storedAt: number;
  freshUntil: number;
  /** Until when the stale copy may be sent while one request refreshes it. */
  staleUntil: number;
  refreshing: boolean;
  size: number;
};

/** The cache directives of a Cache-Control value: lower-case names, unquoted values. */
export function parseCacheControl(value: string | undefined): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of (value ?? "").split(",")) {
    const [name, ...rest] = part.split("=");
    const key = name?.trim().toLowerCase();
    if (key) directives.set(key, rest.join("=").trim().replace(/^"(.*)"$/, "$1"));
  }
  return directives;
}

function seconds(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

export type StoragePolicy = { freshSeconds: number; staleSeconds: number; varyNames: string[] };

/**
 * Whether a shared cache may keep this answer to a GET, and for how long:
 * status 200, `s-maxage=N` (or `public` with `max-age=N`), N > 0, and not
 * `private`, `no-store` or `no-cache`; no Set-Cookie; not a page Next is
 * regenerating (`x-nextjs-cache: STALE`); Vary only on headers it can key.
 * Null when it must not be stored.
 */
export function storagePolicy(f: FinishedResponse): StoragePolicy | null {
  if (f.status !== 200) return null;
  const cc = parseCacheControl(headerValue(f.headers, "cache-control"));
  if (cc.has("private") || cc.has("no-store") || cc.has("no-cache")) return null;
  const fresh = seconds(cc.get("s-maxage")) ?? (cc.has("public") ? seconds(cc.get("max-age")) : undefined);
  if (!fresh || fresh <= 0) return null;
  if (headerValue(f.headers, "set-cookie") !== undefined) return null;
  if (headerValue(f.headers, "x-nextjs-cache")?.trim().toUpperCase() === "STALE") return null;
  const varyNames: string[] = [];
  for (const raw of (headerValue(f.headers, "vary") ?? "").split(",")) {
    const name = raw.trim().toLowerCase();
    if (name === "" || name === "accept-encoding") continue;
    if (!KEYABLE.includes(name)) return null; // includes "*"
    if (!varyNames.includes(name)) varyNames.push(name);
  }
  const mustRevalidate = cc.has("must-revalidate") || cc.has("proxy-revalidate");
  const staleSeconds = mustRevalidate ? 0 : (seconds(cc.get("stale-while-revalidate")) ?? 0);
  return { freshSeconds: fresh, staleSeconds, varyNames };
}

/** A request the cache may answer: GET or HEAD, no credentials, not a build asset. */
export function cacheable(req: IncomingMessage): boolean {
  return (req.method === "GET" || req.method === "HEAD") && req.headers.authorization === undefined && isBuffered(req.url);
}

function entrySize(url: string, varyValues: (string | undefined)[], f: FinishedResponse): number {
  let size = ENTRY_OVERHEAD + url.length + f.body.length + (f.gzipped?.length ?? 0);
  for (const v of varyValues) size += v?.length ?? 0;
  for (const [k, v] of f.headers) size += k.length + String(v).length;
  return size;
}

export class ResponseCache {
  /** URL (path and query as requested) → its variants; Map order is least recently used first. */
  private readonly urls = new Map<string, Entry[]>();
  private bytes = 0;
  private count = 0;
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get stats(): { entries: number; bytes: number; urls: number } {
    return { entries: this.count, bytes: this.bytes, urls: this.urls.size };
  }

  /**
   * Answers `req` from memory when a stored entry is fresh (or stale while
   * another request refreshes it); otherwise lets it through to the handler
   * and, for a GET, returns the callback that stores (or drops) its answer.
   * Null for a request the cache leaves alone (see `cacheable`). Call
   * before secureResponse, with X-Request-Id already set on `res`.
   */
  /** Drops every entry. */
  clear(): void {
    this.urls.clear();
    this.bytes = 0;
    this.count = 0;
  }

  lookup(req: IncomingMessage, res: ServerResponse): Lookup | null {
    if (!cacheable(req)) return null;
    const url = req.url ?? "/";
    const now = this.now();
    const values: KeyValues = new Map(KEYABLE.map((name) => [name, requestHeader(req.headers, name)]));
    const entry = this.find(url, values);
    let refreshing: Entry | undefined;
    if (entry) {
      if (now < entry.freshUntil) return this.serve(req, res, entry, "hit", now);
      if (now < entry.staleUntil && entry.refreshing) return this.serve(req, res, entry, "stale", now);
      if (now < entry.staleUntil && req.method === "GET") {
        entry.refreshing = true;
        refreshing = entry;
        res.once("close", () => (entry.refreshing = false));
      } else if (now >= entry.staleUntil) this.remove(entry);
    }
    res.setHeader("X-Atlas-Cache", "MISS");
    if (req.method !== "GET") return { outcome: "miss", served: false };
    return { outcome: "miss", served: false, store: (finished) => this.store(url, values, finished, refreshing) };
  }

  private find(url: string, values: KeyValues): Entry | undefined {
    const variants = this.urls.get(url);
    // The newest matching variant, should the answer's Vary have changed between stores.
    const entry = variants?.findLast((e) => e.varyNames.every((name, i) => values.get(name) === e.varyValues[i]));
    if (variants && entry) {
      this.urls.delete(url);
      this.urls.set(url, variants);
    }
    return entry;
  }

  private serve(req: IncomingMessage, res: ServerResponse, entry: Entry, outcome: "hit" | "stale", now: number): Lookup {
    res.setHeader("Age", String(Math.max(0, Math.floor((now - entry.storedAt) / 1000))));
    res.setHeader("X-Atlas-Cache", outcome.toUpperCase());
    const body = send(req, res, entry.response, { acceptEncoding: requestHeader(req.headers, "accept-encoding"), ifNoneMatch: requestHeader(req.headers, "if-none-match") });
    res.end(body);
    return { outcome, served: true };
  }

  /** Keeps a finished answer to a GET when its headers allow it; a refresh that may not be kept drops the stale entry. */
  private store(url: string, values: KeyValues, finished: FinishedResponse, refreshed: Entry | undefined): void {
    if (refreshed) this.remove(refreshed);
    const policy = storagePolicy(finished);
    if (!policy) return;
    if (finished.body.length > this.options.maxEntryBytes) return;
    // Made once here: every client that accepts gzip gets these bytes, the live answer first.
    if (finished.compressible) gzipBody(finished);
    const varyValues = policy.varyNames.map((name) => values.get(name));
    const size = entrySize(url, varyValues, finished);
    if (size > this.options.maxEntryBytes) return;
    const now = this.now();
    const entry: Entry = {
      url,
      varyNames: policy.varyNames,
      varyValues,
      response: finished,
      storedAt: now,
      freshUntil: now + policy.freshSeconds * 1000,
      staleUntil: now + (policy.freshSeconds + policy.staleSeconds) * 1000,
      refreshing: false,
      size,
    };
    const same = this.find(url, values);
    if (same) this.remove(same);
    const variants = this.urls.get(url) ?? [];
    if (variants.length >= MAX_VARIANTS) this.remove(variants[0]!);
    variants.push(entry);
    this.urls.delete(url);
    this.urls.set(url, variants);
    this.bytes += size;
    this.count += 1;
    this.evict();
  }

  private remove(entry: Entry): void {
    const variants = this.urls.get(entry.url);
    const i = variants?.indexOf(entry) ?? -1;
    if (!variants || i === -1) return;
    variants.splice(i, 1);
    if (variants.length === 0) this.urls.delete(entry.url);
    this.bytes -= entry.size;
    this.count -= 1;
  }

  /** Least recently used URLs go first, all their variants with them. */
  private evict(): void {
    while (this.bytes > this.options.maxBytes || this.count > this.options.maxEntries) {
      const oldest = this.urls.values().next().value;
      if (!oldest) return;
      for (const e of [...oldest]) this.remove(e);
    }
  }
}

/**
 * The cache `npm start` uses, from the environment: ATLAS_RESPONSE_CACHE=0
 * turns it off; ATLAS_RESPONSE_CACHE_MB (default 64) bounds its memory and
 * ATLAS_RESPONSE_CACHE_ENTRIES (default 2000) its entries; one entry may take
 * at most an eighth of the memory bound.
 */
export function responseCacheFromEnv(env: Record<string, string | undefined> = process.env): ResponseCache | null {
  if (env.ATLAS_RESPONSE_CACHE?.trim() === "0") return null;
  const number = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
    return n;
  };
  const maxBytes = Math.floor(number("ATLAS_RESPONSE_CACHE_MB", 64) * 1024 * 1024);
  return new ResponseCache({ maxBytes, maxEntries: Math.floor(number("ATLAS_RESPONSE_CACHE_ENTRIES", 2000)), maxEntryBytes: Math.floor(maxBytes / 8) });
}
