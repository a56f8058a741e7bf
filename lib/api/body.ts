export type BodyRead = { ok: true; text: string } | { ok: false; problem: "too-large" | "not-utf8" };

/**
 * Reads a request body as UTF-8 text, stopping as soon as it exceeds
 * `maxBytes`: Content-Length may be absent or wrong, so the bytes themselves
 * are counted. Bytes that are not UTF-8 are refused, never replaced.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, problem: "too-large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, problem: "too-large" };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, problem: "not-utf8" };
  }
}
