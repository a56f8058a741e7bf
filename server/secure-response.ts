// Adds the security headers to a response. HTML is buffered so its CSP can
// list the hash of each inline script it actually contains (Next's RSC payload
// scripts), which keeps prerendered pages static; see lib/security/headers.ts.
// The buffered answer is finished once (status, headers with the CSP, body,
// gzip on demand) into a FinishedResponse, which `send` writes; the response
// cache (./response-cache.ts) stores that same object and sends it again.
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";
import zlib from "node:zlib";
import Negotiator from "negotiator";
import { etagMatches } from "../lib/http/etag";
import { contentSecurityPolicy, inlineScriptHashes, STATIC_SECURITY_HEADERS } from "../lib/security/headers";

const BASE_CSP = contentSecurityPolicy();
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml|text\/x-component)/;

/**
 * Headers that belong to one request or connection, never to the answer:
 * kept out of a FinishedResponse (so never stored or replayed). The first
 * four are set by this server for each request and survive `send`.
 */
// Strict-Transport-Security depends on how this request arrived, so it is never stored with an answer.
const OWN_PER_REQUEST = ["x-request-id", "x-atlas-cache", "age", "strict-transport-security"];
const PER_REQUEST = new Set([...OWN_PER_REQUEST, "date", "connection", "keep-alive", "transfer-encoding"]);

/** Build assets are immutable files with no inline script: Next streams (and compresses) them itself. */
export function isBuffered(url: string | undefined): boolean {
  return !(url ?? "").startsWith("/_next/static/");
}

export type Header = [name: string, value: OutgoingHttpHeader];

/** A finished answer, as the client gets it apart from the per-request headers and the chosen encoding. */
export type FinishedResponse = {
  status: number;
  statusMessage: string;
  /** In the order and spelling the handler set them, the CSP included; never the per-request ones. */
  headers: Header[];
  /** The identity body (as the handler wrote it). */
  body: Buffer;
  /** Worth gzipping for a client that accepts it (then Vary lists Accept-Encoding). */
  compressible: boolean;
  /** The gzip body, made once by gzipBody(). */
  gzipped?: Buffer;
};

type Chunk = string | Buffer | Uint8Array;
type Callback = (err?: Error | null) => void;

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk);
}

function setHeaders(res: ServerResponse, headers: unknown): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    const pairs: unknown[][] = Array.isArray(headers[0]) ? (headers as unknown[][]) : [];
    if (pairs.length === 0) for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
    for (const [k, v] of pairs) res.setHeader(String(k), v as string);
    return;
  }
  for (const [k, v] of Object.entries(headers as OutgoingHttpHeaders)) if (v !== undefined) res.setHeader(k, v);
}

/** The value of a header in a finished header list (case-insensitive), joined when repeated. */
export function headerValue(headers: readonly Header[], name: string): string | undefined {
  const found = headers.find(([k]) => k.toLowerCase() === name);
  if (!found) return undefined;
  return Array.isArray(found[1]) ? found[1].join(", ") : String(found[1]);
}

/** A request header's value as one string, or undefined when absent. */
export function requestHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

/** Whether the client prefers gzip to an uncompressed body: `gzip;q=0` (or `*;q=0` without gzip) refuses it. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? "" } }).encodings(["gzip", "identity"])[0] === "gzip";
}

/** The gzip body, compressed on first use and kept. */
export function gzipBody(f: FinishedResponse): Buffer {
  f.gzipped ??= zlib.gzipSync(f.body);
  return f.gzipped;
}

// A 304 refreshes a cached page's headers: a CSP without that page's hashes would replace the
// right one. It carries no body, so neither the body's headers.
const NOT_ON_304 = new Set(["content-security-policy", "content-type", "content-length", "content-encoding"]);

/** The 304 form of an answer: the handler's own 304, or ours for a client that already has this answer. */
function notModified(f: FinishedResponse): FinishedResponse {
  return {
    status: 304,
    statusMessage: f.status === 304 ? f.statusMessage : "",
    headers: f.headers.filter(([k]) => !NOT_ON_304.has(k.toLowerCase())),
    body: Buffer.alloc(0),
    compressible: false,
  };
}

/** Captures what the handler set on `res`, with the CSP for this body (hashes for an HTML page; none on a 304). */
function finalize(res: ServerResponse, body: Buffer): FinishedResponse {
  const type = String(res.getHeader("content-type") ?? "");
  if (res.statusCode !== 304 && type.startsWith("text/html") && body.length > 0)
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(inlineScriptHashes(body.toString("utf8"))));
  const compressible = res.statusCode !== 304 && body.length >= 1024 && COMPRESSIBLE.test(type) && !res.getHeader("content-encoding");
  if (compressible) {
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  }
  const headers: Header[] = [];
  // Node has this on every OutgoingMessage (names as the handler spelt them); @types/node types it on ClientRequest only.
  for (const name of (res as ServerResponse & { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
    const value = res.getHeader(name);
    if (value !== undefined && !PER_REQUEST.has(name.toLowerCase())) headers.push([name, value]);
  }
  const finished: FinishedResponse = { status: res.statusCode, statusMessage: res.statusMessage ?? "", headers, body, compressible };
  return finished.status === 304 ? notModified(finished) : finished;
}

export type SendOptions = {
  /** The client's Accept-Encoding: gzip is chosen when it lists it and the answer is compressible. */
  acceptEncoding?: string;
  /** The client's If-None-Match, when this layer (not the handler) decides 304s: a 200 whose ETag matches becomes a 304. */
  ifNoneMatch?: string;
};

/**
 * Writes a finished answer to `res`: the per-request headers this server set
 * (X-Request-Id, X-Atlas-Cache, Age) stay, everything else on `res` is
 * replaced by the answer's headers, then Content-Encoding and Content-Length
 * for the chosen body. HEAD gets the headers without the body.
 */
export function send(req: IncomingMessage, res: ServerResponse, finished: FinishedResponse, options: SendOptions = {}): Buffer {
  const f = finished.status === 200 && etagMatches(options.ifNoneMatch, headerValue(finished.headers, "etag")) ? notModified(finished) : finished;
  for (const name of res.getHeaderNames()) if (!OWN_PER_REQUEST.includes(name)) res.removeHeader(name);
  res.statusCode = f.status;
  res.statusMessage = f.statusMessage;
  for (const [name, value] of f.headers) res.setHeader(name, value);
  if (f.status === 304 || f.body.length === 0) return Buffer.alloc(0);
  const gzip = f.compressible && acceptsGzip(options.acceptEncoding);
  const out = gzip ? gzipBody(f) : f.body;
  res.removeHeader("Content-Length");
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", out.length);
  return req.method === "HEAD" ? Buffer.alloc(0) : out;
}

/**
 * Adds the security headers and, for everything but build assets, buffers the
 * handler's answer, finishes it (CSP, gzip for a client that accepts it) and
 * hands it to `onFinished` (the response cache) before it is sent. For a GET,
 * If-None-Match is taken from the request and decided here on the finished
 * answer, so the handler always produces the full 200 a cache can keep.
 */
export function secureResponse(req: IncomingMessage, res: ServerResponse, onFinished?: (finished: FinishedResponse) => void): void {
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(k, v);
  res.setHeader("Content-Security-Policy", BASE_CSP);
  if (!isBuffered(req.url)) return;

  // Next must not compress what we still have to read; we compress after hashing.
  const acceptEncoding = requestHeader(req.headers, "accept-encoding");
  delete req.headers["accept-encoding"];
  const ifNoneMatch = req.method === "GET" ? requestHeader(req.headers, "if-none-match") : undefined;
  if (req.method === "GET") delete req.headers["if-none-match"];
  const chunks: Buffer[] = [];
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };

  res.writeHead = function (status: number, reason?: unknown, headers?: unknown) {
    res.statusCode = status;
    if (typeof reason === "string") res.statusMessage = reason;
    setHeaders(res, typeof reason === "string" ? headers : reason);
    return res;
  } as ServerResponse["writeHead"];
  res.flushHeaders = () => {};
  res.write = function (chunk: Chunk, encoding?: BufferEncoding | Callback, cb?: Callback) {
    chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    (typeof encoding === "function" ? encoding : cb)?.();
    return true;
  } as ServerResponse["write"];
  res.end = function (chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, cb?: Callback) {
    const done = [chunk, encoding, cb].find((a): a is Callback => typeof a === "function");
    if (chunk && typeof chunk !== "function") chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    Object.assign(res, original);
    const finished = finalize(res, Buffer.concat(chunks));
    onFinished?.(finished);
    return res.end(send(req, res, finished, { acceptEncoding, ifNoneMatch }), done);
  } as ServerResponse["end"];
}
