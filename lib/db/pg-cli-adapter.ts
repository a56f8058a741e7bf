// The PostgreSQL adapter for the Prisma CLI (prisma.config.ts) only.
// @prisma/adapter-pg 6.19.3 cannot map the catalog column types `name` (OID 19)
// and `"char"` (OID 18) that `migrate deploy` reads, and fails with "Column
// type 'name' could not be deserialized" (prisma/orm#27403). Both arrive as
// plain strings, so reporting them as `text` (OID 25) is lossless.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const AS_TEXT = new Set([18, 19]);
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type Result = { fields?: Field[] };

function retype<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as Result[]) {
    for (const f of r?.fields ?? []) if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  }
  return result;
}

/** A pg client whose results describe `name` and `"char"` columns as text. */
export class CatalogTextClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); wrap whichever is used.
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (err: unknown, res: unknown) => (callback as (e: unknown, r: unknown) => void)(err, err ? res : retype(res));
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<unknown>).then === "function" && typeof callback !== "function") {
      return (out as Promise<unknown>).then(retype) as never;
    }
    return out as never;
  }
}

/**
 * The adapter `prisma migrate deploy` uses for a PostgreSQL DATABASE_URL.
 * allowExitOnIdle: the CLI leaves the pool open, which otherwise keeps the
 * process alive for pg's 10 s idle timeout after the work is done.
 */
export function cliPostgresAdapter(url: string): PrismaPg {
  return new PrismaPg({ connectionString: url, Client: CatalogTextClient } as pg.PoolConfig);
}
