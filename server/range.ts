// Next serves byte ranges of static files itself, but answers 500 to a range
// the file cannot satisfy. So the server reads a Range header first, with
// range-parser (the parser Next's file serving uses): one the file cannot
// satisfy is a 416 naming its size; a malformed one is dropped, so the answer
// is the whole file. Pages never answer ranges, so there it is dropped.
import fs from "node:fs";
import path from "node:path";
import parseRange from "range-parser";

export type RangeVerdict = { kind: "pass" } | { kind: "drop" } | { kind: "unsatisfiable"; size: number };

/** The file a static address names (build assets under /_next/static/, then public/), or null. */
export function staticFilePath(pathname: string, distDir: string, publicDir: string = "public"): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const [base, rel] = decoded.startsWith("/_next/static/")
    ? [path.resolve(distDir, "static"), decoded.slice("/_next/static/".length)]
    : [path.resolve(publicDir), decoded.slice(1)];
  const file = path.resolve(base, rel);
  if (!file.startsWith(base + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export function rangeVerdict(range: string, pathname: string, distDir: string, publicDir?: string): RangeVerdict {
  const file = staticFilePath(pathname, distDir, publicDir);
  if (!file) return { kind: "drop" };
  const size = fs.statSync(file).size;
  const parsed = parseRange(size, range, { combine: true });
  if (parsed === -2) return { kind: "drop" };
  if (parsed === -1) return { kind: "unsatisfiable", size };
  return { kind: "pass" };
}
