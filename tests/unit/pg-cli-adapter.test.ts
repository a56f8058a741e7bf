import pg from "pg";
import { describe, expect, test } from "vitest";
import { CatalogTextClient } from "@/lib/db/pg-cli-adapter";
import { testPostgresUrl } from "@/tests/support/pg";

// The CLI adapter's workaround for prisma/orm#27403, against a real server.
describe.skipIf(!testPostgresUrl())("CatalogTextClient", () => {
  const query = `SELECT current_database() AS db, 'r'::"char" AS kind, 1::int4 AS n`;

  test('reports `name` and "char" columns as text, by promise and by callback', async () => {
    const plain = new pg.Client({ connectionString: testPostgresUrl() ?? "" });
    const patched: pg.Client = new CatalogTextClient({ connectionString: testPostgresUrl() ?? "" });
    await plain.connect();
    await patched.connect();
    try {
      const before = await plain.query(query);
      expect(before.fields.map((f) => f.dataTypeID)).toEqual([19, 18, 23]);
      const after = await patched.query(query);
      expect(after.fields.map((f) => f.dataTypeID)).toEqual([25, 25, 23]);
      expect(after.rows[0]).toEqual({ db: before.rows[0].db, kind: "r", n: 1 });
      const viaCallback = await new Promise<pg.QueryResult>((resolve, reject) =>
        patched.query(query, [], (err: Error | null, res: pg.QueryResult) => (err ? reject(err) : resolve(res))),
      );
      expect(viaCallback.fields.map((f) => f.dataTypeID)).toEqual([25, 25, 23]);
    } finally {
      await plain.end();
      await patched.end();
    }
  });
});
