import { describe, expect, test } from "vitest";
import { getDatabaseProvider } from "@/lib/db/provider";

describe("getDatabaseProvider", () => {
  test("file: URLs select SQLite", () => {
    expect(getDatabaseProvider("file:./data/atlas.db")).toBe("sqlite");
    expect(getDatabaseProvider("file:/var/lib/atlas/atlas.db")).toBe("sqlite");
  });

  test("postgresql:// and postgres:// select PostgreSQL", () => {
    expect(getDatabaseProvider("postgresql://atlas:secret@db.internal:5432/atlas")).toBe("postgresql");
    expect(getDatabaseProvider("postgres://atlas@127.0.0.1/atlas?sslmode=require")).toBe("postgresql");
    expect(getDatabaseProvider("PostgreSQL://atlas@localhost/atlas")).toBe("postgresql");
  });

  test("other schemes fail with a clear message that does not echo the URL", () => {
    expect(() => getDatabaseProvider("mysql://root:hunter2@db/atlas")).toThrow(/Unsupported DATABASE_URL \("mysql:"\); use file:/);
    expect(() => getDatabaseProvider("mysql://root:hunter2@db/atlas")).not.toThrow(/hunter2/);
    expect(() => getDatabaseProvider("./atlas.db")).toThrow(/Unsupported DATABASE_URL \(no scheme\)/);
  });

  test("a PostgreSQL URL without host or database is refused", () => {
    expect(() => getDatabaseProvider("postgresql://atlas@db.internal:5432")).toThrow(/names no PostgreSQL database/);
    expect(() => getDatabaseProvider("postgresql:///atlas")).toThrow(/names no PostgreSQL host|not a valid/);
  });
});
