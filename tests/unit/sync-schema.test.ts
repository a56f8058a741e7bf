import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { POSTGRES_SCHEMA, expectedPostgresSchema, postgresSchemaFrom } from "@/scripts/db/sync-schema";

describe("the PostgreSQL schema is generated from the SQLite schema", () => {
  test("the committed prisma/postgresql/schema.prisma is what the script generates", () => {
    // If this fails: run `npm run db:schema` and add a PostgreSQL migration too.
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(expectedPostgresSchema());
  });

  test("only the provider, placeholder URL and client output differ", () => {
    const sqlite = fs.readFileSync("prisma/sqlite/schema.prisma", "utf8");
    const pg = expectedPostgresSchema();
    const models = (s: string) => s.slice(s.indexOf("model "));
    expect(models(pg)).toBe(models(sqlite));
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output     = "../../lib/generated/postgresql"');
  });

  test("features SQLite lacks are refused, so the models stay portable", () => {
    const base = fs.readFileSync("prisma/sqlite/schema.prisma", "utf8");
    // Any column will do; the Report title is one every version of the schema has.
    const title = /^(\s+)title(\s+)String$/m;
    expect(base).toMatch(title);
    expect(() => postgresSchemaFrom(base.replace(title, "$1title$2String @db.VarChar(200)"))).toThrow(/@db\./);
    expect(() => postgresSchemaFrom(base.replace(title, "$1tags$2String[]"))).toThrow(/scalar lists/);
  });
});

describe("both providers have the same migrations", () => {
  const folders = (provider: string) =>
    fs
      .readdirSync(`prisma/${provider}/migrations`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();

  test("one PostgreSQL migration folder per SQLite migration folder, same names", () => {
    expect(folders("postgresql")).toEqual(folders("sqlite"));
    for (const name of folders("postgresql")) expect(fs.existsSync(`prisma/postgresql/migrations/${name}/migration.sql`)).toBe(true);
  });

  test("every model of the schema is created by some PostgreSQL migration", () => {
    const models = [...fs.readFileSync("prisma/postgresql/schema.prisma", "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    const sql = folders("postgresql")
      .map((n) => fs.readFileSync(`prisma/postgresql/migrations/${n}/migration.sql`, "utf8"))
      .join("\n");
    for (const m of models) expect(sql).toContain(`CREATE TABLE "${m}"`);
  });
});
