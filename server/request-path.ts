// Next answers 500 when a URL path cannot be percent-decoded (a stray "%",
// bytes that are not UTF-8). Such a path is rewritten to what it most
// plausibly means, so it reaches the routes and gets their 400/404 instead.

function decodable(s: string): boolean {
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

/** A segment's bytes, with %XX decoded and everything else as UTF-8. */
function segmentBytes(segment: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < segment.length; i++) {
    const hex = segment.slice(i + 1, i + 3);
    if (segment[i] === "%" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(segment[i] ?? "", "utf8"));
  }
  return Buffer.from(bytes);
}

/** The request URL with an undecodable path repaired: stray "%" literal, invalid UTF-8 as U+FFFD. */
export function repairRequestUrl(url: string): string {
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (decodable(path)) return url;
  const repaired = path
    .split("/")
    .map((seg) => (decodable(seg) ? seg : encodeURIComponent(segmentBytes(seg).toString("utf8"))))
    .join("/");
  return repaired + (q === -1 ? "" : url.slice(q));
}
