import path from "node:path";

/** Default embedded database, relative to the project root (git-ignored). */
export const DEFAULT_DATABASE_URL = "file:./data/atlas.db";

/** The configured database URL; `DATABASE_URL` overrides the embedded default. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** Absolute file path of a `file:` SQLite URL, resolved from the working directory. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  if (!url.startsWith("file:")) {
    throw new Error(`Not a SQLite file URL: ${url}`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === "") throw new Error("DATABASE_URL has an empty file path");
  return path.resolve(cwd, raw);
}
