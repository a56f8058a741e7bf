export type DatabaseProvider = "sqlite" | "postgresql";

/**
 * Which database a `DATABASE_URL` selects: `file:` is the embedded SQLite
 * file, `postgresql://` or `postgres://` a PostgreSQL server. Anything else
 * is a configuration error, reported without echoing credentials.
 */
export function getDatabaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "postgresql" || scheme === "postgres") {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error("DATABASE_URL is not a valid PostgreSQL URL; expected postgresql://user:password@host:5432/database");
    }
    if (!parsed.hostname) throw new Error("DATABASE_URL names no PostgreSQL host; expected postgresql://user:password@host:5432/database");
    if (parsed.pathname.replace(/^\//, "") === "") {
      throw new Error("DATABASE_URL names no PostgreSQL database; expected postgresql://user:password@host:5432/database");
    }
    return "postgresql";
  }
  const shown = scheme ? `"${scheme}:"` : "no scheme";
  throw new Error(
    `Unsupported DATABASE_URL (${shown}); use file:./path/to.db for the embedded SQLite database or postgresql://user:password@host:5432/database for PostgreSQL`,
  );
}
