import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { rangeVerdict, staticFilePath } from "./range";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-range-"));
const dist = path.join(root, ".next");
const pub = path.join(root, "public");
fs.mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
fs.mkdirSync(pub);
fs.writeFileSync(path.join(dist, "static", "chunks", "app.js"), "x".repeat(100));
fs.writeFileSync(path.join(pub, "logo.svg"), "<svg/>");
fs.writeFileSync(path.join(root, "secret.txt"), "no");
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("a Range header", () => {
  test("a satisfiable range on a static file goes to Next (206)", () => {
    expect(rangeVerdict("bytes=0-10", "/_next/static/chunks/app.js", dist, pub)).toEqual({ kind: "pass" });
    expect(rangeVerdict("bytes=-3", "/logo.svg", dist, pub)).toEqual({ kind: "pass" });
  });
  test("one the file cannot satisfy is a 416 naming the file's size", () => {
    expect(rangeVerdict("bytes=999999999-", "/_next/static/chunks/app.js", dist, pub)).toEqual({ kind: "unsatisfiable", size: 100 });
    expect(rangeVerdict("bytes=5-2", "/_next/static/chunks/app.js", dist, pub)).toEqual({ kind: "unsatisfiable", size: 100 });
  });
  test("a malformed one, or any on a page, is dropped", () => {
    expect(rangeVerdict("bytes=abc", "/_next/static/chunks/app.js", dist, pub)).toEqual({ kind: "drop" });
    expect(rangeVerdict("bytes=0-10", "/compare", dist, pub)).toEqual({ kind: "drop" });
  });
  test("an address never reaches outside the two folders", () => {
    expect(staticFilePath("/../secret.txt", dist, pub)).toBeNull();
    expect(staticFilePath("/_next/static/%2e%2e/%2e%2e/secret.txt", dist, pub)).toBeNull();
    expect(staticFilePath("/%E0%A4%A", dist, pub)).toBeNull();
  });
});
