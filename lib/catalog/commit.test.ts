import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { catalogCommit } from "@/lib/catalog/commit";

function repo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-commit-"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: dir, encoding: "utf8" }).trim();
  git("init", "-q");
  fs.mkdirSync(path.join(dir, "catalog"));
  fs.writeFileSync(path.join(dir, "catalog", "a.json"), "{}");
  git("add", ".");
  git("commit", "-qm", "catalog");
  return dir;
}

describe("catalogCommit", () => {
  test("names the commit that last changed a clean catalog folder", () => {
    const dir = repo();
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, encoding: "utf8" }).trim();
    expect(catalogCommit(path.join(dir, "catalog"), {})).toBe(head);
  });

  test("is null with uncommitted changes or outside a repository; the environment wins", () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, "catalog", "a.json"), '{"changed":true}');
    expect(catalogCommit(path.join(dir, "catalog"), {})).toBeNull();
    expect(catalogCommit(path.join(dir, "catalog"), { ATLAS_CATALOG_COMMIT: "abc1234" })).toBe("abc1234");
    expect(catalogCommit(fs.mkdtempSync(path.join(os.tmpdir(), "atlas-nogit-")), {})).toBeNull();
  });
});
