// Adds the security headers to a response. HTML is buffered so its CSP can
// list the hash of each inline script it actually contains (Next's RSC payload
// scripts), which keeps prerendered pages static; see lib/security/headers.ts.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { contentSecurityPolicy, inlineScriptHashes, STATIC_SECURITY_HEADERS } from "../../lib/security/headers";

const BASE_CSP = contentSecurityPolicy();
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml|text\/x-component)/;

/** Build assets are immutable files with no inline script: Next streams (and compresses) them itself. */
export function isBuffered(url: string | undefined): boolean {
  return !(url ?? "").startsWith("/_next/static/");
}

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

export function secureResponse(req: IncomingMessage, res: ServerResponse): void {
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(k, v);
  res.setHeader("Content-Security-Policy", BASE_CSP);
  if (!isBuffered(req.url)) return;

  // Next must not compress what we still have to read; we compress after hashing.
  const acceptEncoding = String(req.headers["accept-encoding"] ?? "");
  delete req.headers["accept-encoding"];
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
    const body = finalize(req, res, Buffer.concat(chunks), acceptEncoding);
    return res.end(body, done);
  } as ServerResponse["end"];
}

function finalize(req: IncomingMessage, res: ServerResponse, body: Buffer, acceptEncoding: string): Buffer {
  const type = String(res.getHeader("content-type") ?? "");
  // A 304 refreshes a cached page's headers: a CSP without that page's hashes would replace the right one.
  if (res.statusCode === 304) res.removeHeader("Content-Security-Policy");
  else if (type.startsWith("text/html") && body.length > 0) res.setHeader("Content-Security-Policy", contentSecurityPolicy(inlineScriptHashes(body.toString("utf8"))));
  if (req.method === "HEAD" || body.length === 0) return body;
  let out = body;
  if (body.length >= 1024 && COMPRESSIBLE.test(type) && !res.getHeader("content-encoding") && /\bgzip\b/.test(acceptEncoding)) {
    out = zlib.gzipSync(body);
    res.setHeader("Content-Encoding", "gzip");
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  }
  res.removeHeader("Transfer-Encoding");
  res.setHeader("Content-Length", out.length);
  return out;
}
