// A bounded in-memory shared cache in front of Next's handler, behaving like
// an HTTP shared cache (nginx proxy_cache, a CDN honouring s-maxage): an
// answer whose headers allow a shared cache is finished once by
// secure-response (CSP hashed, gzip made) and then sent from memory while
// http-cache-semantics says it is fresh; then one request refreshes it while
// the others get the stale copy, within the answer's stale-while-revalidate.
// lru-cache holds the entries within a byte and an entry bound.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";
import { gzipBody, headerValue, isBuffered, requestHeader, send, type FinishedResponse, type Header } from "./secure-response";

/** Request headers a response may Vary on and still be stored: keyed by their raw value. Accept-Encoding is handled by storing identity and gzip bodies. */
const KEYABLE = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
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

type PolicyRequest = CachePolicy.Request & { url: string };

type Entry = {
  key: string;
  url: string;
  response: FinishedResponse;
  policy: CachePolicy;
  /** A request is refreshing this stale entry: the others get it meanwhile. */
  refreshing: boolean;
};

/**
 * What the policy sees of a request: the URL as requested and the KEYABLE
 * headers, taken before the handler runs (Next deletes its router headers).
 * Never Host, Authorization or Cache-Control: a client cannot make the cache
 * skip its copy (nginx ignores request Cache-Control too). HEAD is asked as
 * the GET it is answered from.
 */
function policyRequest(url: string, headers: IncomingHttpHeaders): PolicyRequest {
  const keyed: CachePolicy.Headers = {};
  for (const name of KEYABLE) {
    const value = requestHeader(headers, name);
    if (value !== undefined) keyed[name] = value;
  }
  return { url, method: "GET", headers: keyed };
}

function directiveNames(cacheControl: string): string[] {
  return cacheControl.split(",").map((d) => d.split("=")[0]!.trim());
}

/** The answer's headers as the policy reads them: lower-case names, one string each. */
function policyHeaders(headers: readonly Header[]): CachePolicy.Headers {
  const record: CachePolicy.Headers = {};
  for (const [name, value] of headers) record[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  const cc = headerValue(headers, "cache-control")?.toLowerCase();
  if (cc === undefined) return record;
  record["cache-control"] = cc;
  // http-cache-semantics 4.3.0 never counts a must-revalidate (or, in a shared cache, proxy-revalidate)
  // answer fresh (kornelski/http-cache-semantics#54). For this cache, which serves a stale copy only
  // within stale-while-revalidate, both mean exactly: no stale copy.
  const names = directiveNames(cc);
  if (names.includes("must-revalidate") || names.includes("proxy-revalidate")) {
    const dropped = ["must-revalidate", "proxy-revalidate", "stale-while-revalidate"];
    record["cache-control"] = cc
      .split(",")
      .filter((d) => !dropped.includes(d.split("=")[0]!.trim()))
      .join(",");
  }
  return record;
}

export type StoragePolicy = { policy: CachePolicy; varyNames: string[] };

/**
 * Whether this cache may keep an answer to a GET, and the policy that then
 * decides its freshness, Age and stale-while-revalidate. The library decides
 * storability and freshness (`no-store`, `private`, `no-cache`, `s-maxage`
 * over `max-age`, a lifetime > 0, `Vary: *`); this module adds: status 200
 * only, `s-maxage` or `public` present (a bare `max-age` is taken as meant
 * for browsers), no Set-Cookie, not a page Next is regenerating
 * (`x-nextjs-cache: STALE`), Vary only on headers it can key. Null when it
 * must not be stored.
 */
export function storagePolicy(
  f: FinishedResponse,
  request: CachePolicy.Request = { method: "GET", headers: {} },
  Policy: typeof CachePolicy = CachePolicy,
): StoragePolicy | null {
  if (f.status !== 200) return null;
  if (headerValue(f.headers, "set-cookie") !== undefined) return null;
  if (headerValue(f.headers, "x-nextjs-cache")?.trim().toUpperCase() === "STALE") return null;
  const cc = directiveNames((headerValue(f.headers, "cache-control") ?? "").toLowerCase());
  if (!cc.includes("s-maxage") && !cc.includes("public")) return null;
  const varyNames: string[] = [];
  for (const raw of (headerValue(f.headers, "vary") ?? "").split(",")) {
    const name = raw.trim().toLowerCase();
    if (name === "" || name === "accept-encoding") continue;
    if (!KEYABLE.includes(name)) return null; // includes "*"
    if (!varyNames.includes(name)) varyNames.push(name);
  }
  const policy = new Policy(request, { status: f.status, headers: policyHeaders(f.headers) }, { shared: true });
  // Fresh on arrival, or it could never be sent from memory.
  if (!policy.storable() || !policy.satisfiesWithoutRevalidation(request)) return null;
  return { policy, varyNames };
}

/** A request the cache may answer: GET or HEAD, no credentials, not a build asset. */
export function cacheable(req: IncomingMessage): boolean {
  return (req.method === "GET" || req.method === "HEAD") && req.headers.authorization === undefined && isBuffered(req.url);
}

/** CachePolicy on this cache's clock: the library reads time through its now() method, which its types omit. */
function policyOnClock(now: () => number): typeof CachePolicy {
  return class extends CachePolicy {
    now(): number {
      return now();
    }
  };
}

function entrySize(entry: Entry): number {
  const f = entry.response;
  let size = ENTRY_OVERHEAD + entry.key.length + f.body.length + (f.gzipped?.length ?? 0);
  for (const [k, v] of f.headers) size += k.length + String(v).length;
  return size;
}

export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  /** URL (path and query as requested) → keys of its stored variants, oldest first. */
  private readonly variants = new Map<string, string[]>();
  private readonly Policy: typeof CachePolicy;
  /** Bumped by clear(), so an answer produced before it is not stored after it. */
  private generation = 0;

  constructor(private readonly options: CacheOptions) {
    this.Policy = options.now ? policyOnClock(options.now) : CachePolicy;
    this.entries = new LRUCache<string, Entry>({
      max: options.maxEntries,
      maxSize: options.maxBytes,
      maxEntrySize: Math.min(options.maxEntryBytes, options.maxBytes),
      sizeCalculation: entrySize,
      // Expiry is each entry's timeToLive(); read the clock on every check.
      ttlResolution: 0,
      perf: options.now ? { now: options.now } : undefined,
      dispose: (entry, key) => this.unindex(entry.url, key),
    });
  }

  get stats(): { entries: number; bytes: number; urls: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize, urls: this.variants.size };
  }

  /** Forgets every stored answer, and answers still being produced for it. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /**
   * Answers `req` from memory when a stored entry is fresh (or stale while
   * another request refreshes it); otherwise lets it through to the handler
   * and, for a GET, returns the callback that stores (or drops) its answer.
   * Null for a request the cache leaves alone (see `cacheable`). Call
   * before secureResponse, with X-Request-Id already set on `res`.
   */
  lookup(req: IncomingMessage, res: ServerResponse): Lookup | null {
    if (!cacheable(req)) return null;
    const request = policyRequest(req.url ?? "/", req.headers);
    const found = this.find(request);
    let refreshing: Entry | undefined;
    if (found) {
      const { entry, stale } = found;
      if (!stale) return this.serve(req, res, entry, "hit");
      if (entry.refreshing) return this.serve(req, res, entry, "stale");
      if (req.method === "GET") {
        entry.refreshing = true;
        refreshing = entry;
        res.once("close", () => (entry.refreshing = false));
      }
    }
    res.setHeader("X-Atlas-Cache", "MISS");
    if (req.method !== "GET") return { outcome: "miss", served: false };
    const generation = this.generation;
    const store = (finished: FinishedResponse) => {
      if (generation === this.generation) this.store(request, finished, refreshing);
    };
    return { outcome: "miss", served: false, store };
  }

  /** The newest variant the policy lets answer this request, fresh or (within stale-while-revalidate) stale. */
  private find(request: PolicyRequest): { entry: Entry; stale: boolean } | undefined {
    // get() marks every variant of the URL recently used and drops expired ones.
    for (const key of [...(this.variants.get(request.url) ?? [])].reverse()) {
      const entry = this.entries.get(key);
      const decision = entry?.policy.evaluateRequest(request);
      if (entry && decision?.response) return { entry, stale: decision.revalidation !== undefined };
    }
    return undefined;
  }

  private serve(req: IncomingMessage, res: ServerResponse, entry: Entry, outcome: "hit" | "stale"): Lookup {
    res.setHeader("Age", String(Math.floor(entry.policy.age())));
    res.setHeader("X-Atlas-Cache", outcome.toUpperCase());
    const body = send(req, res, entry.response, {
      acceptEncoding: requestHeader(req.headers, "accept-encoding"),
      ifNoneMatch: requestHeader(req.headers, "if-none-match"),
    });
    res.end(body);
    return { outcome, served: true };
  }

  /** Keeps a finished answer to a GET when its headers allow it; a refresh that may not be kept drops the stale entry. */
  private store(request: PolicyRequest, finished: FinishedResponse, refreshed: Entry | undefined): void {
    if (refreshed && this.entries.peek(refreshed.key) === refreshed) this.entries.delete(refreshed.key);
    if (finished.body.length > this.options.maxEntryBytes) return;
    const decision = storagePolicy(finished, request, this.Policy);
    if (!decision) return;
    // Made once here: every client that accepts gzip gets these bytes, the live answer first.
    if (finished.compressible) gzipBody(finished);
    const url = request.url;
    const key = JSON.stringify([url, decision.varyNames, decision.varyNames.map((name) => request.headers[name] ?? null)]);
    const keys = this.variants.get(url) ?? [];
    if (!keys.includes(key) && keys.length >= MAX_VARIANTS) this.entries.delete(keys[0]!);
    // An entry over maxEntrySize is refused by set(), and any older one under its key dropped.
    this.entries.set(key, { key, url, response: finished, policy: decision.policy, refreshing: false }, { ttl: decision.policy.timeToLive() });
    if (this.entries.has(key)) this.variants.set(url, [...(this.variants.get(url) ?? []).filter((k) => k !== key), key]);
  }

  private unindex(url: string, key: string): void {
    const keys = this.variants.get(url)?.filter((k) => k !== key) ?? [];
    if (keys.length > 0) this.variants.set(url, keys);
    else this.variants.delete(url);
  }
}

/**
 * The cache `npm start` uses, from the environment: ATLAS_RESPONSE_CACHE=0
 * turns it off; ATLAS_RESPONSE_CACHE_MB (default 64) bounds its memory and
 * ATLAS_RESPONSE_CACHE_ENTRIES (default 2000) its entries; one entry may take
 * at most an eighth of the memory bound.
 */
export function responseCacheFromEnv(env: Partial<Record<string, string>> = process.env): ResponseCache | null {
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
