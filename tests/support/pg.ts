// PostgreSQL for tests: only when TEST_POSTGRES_URL is set, and only on this
// machine. Every caller gets its own fresh database, dropped afterwards.
import pg from "pg";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** TEST_POSTGRES_URL when set, refusing any host but this machine's so a test can never drop a real database. */
export function testPostgresUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.TEST_POSTGRES_URL?.trim();
  if (!raw) return null;
  const url = new URL(raw);
  if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error("TEST_POSTGRES_URL must be a postgresql:// URL");
  if (!LOCAL_HOSTS.has(url.hostname)) throw new Error(`TEST_POSTGRES_URL must point at 127.0.0.1 or localhost, not ${url.hostname}`);
  return raw;
}

/** `base` with its database name replaced. */
export function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

async function admin<T>(base: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Drops (if present) and creates the database a URL names, connecting through `base`. */
export async function recreateDatabase(base: string, url: string): Promise<void> {
  const name = databaseName(url);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing unusual test database name ${name}`);
  await admin(base, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}

/** A new empty database next to TEST_POSTGRES_URL's; `drop` removes it. */
export async function createPostgresDatabase(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${databaseName(base)}_t${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = withDatabase(base, name);
  await recreateDatabase(base, url);
  return {
    url,
    drop: () => admin(base, async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
