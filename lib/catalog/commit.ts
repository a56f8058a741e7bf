import { execFileSync } from "node:child_process";

/**
 * The git commit that last changed the catalog files in `dir`, recorded with
 * each loaded version. ATLAS_CATALOG_COMMIT wins (images built without .git
 * set it); null when git is absent, `dir` is outside a repository, or it has
 * uncommitted changes (then no commit describes what was loaded).
 */
export function catalogCommit(dir: string, env: Partial<Record<string, string>> = process.env): string | null {
  const given = env.ATLAS_CATALOG_COMMIT?.trim();
  if (given) return given;
  const git = (args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5000 }).trim();
  try {
    if (git(["status", "--porcelain", "--", "."]) !== "") return null;
    return git(["log", "-1", "--format=%H", "--", "."]) || null;
  } catch {
    return null;
  }
}
