import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Tests reach into arbitrary JSON to break it on purpose; a precise type would only get in the way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

export const FIXTURE_CATALOG = path.resolve("tests/fixtures/catalog");

/** A private copy of a catalog folder that a test may change. */
export function copyCatalog(from: string = FIXTURE_CATALOG): {
  dir: string;
  edit: (file: string, change: (json: AnyJson) => void) => void;
  write: (file: string, text: string) => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-catalog-"));
  fs.cpSync(from, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const full = path.join(dir, file);
      const json = JSON.parse(fs.readFileSync(full, "utf8"));
      change(json);
      fs.writeFileSync(full, JSON.stringify(json, null, 2));
    },
    write(file, text) {
      fs.writeFileSync(path.join(dir, file), text);
    },
  };
}
