// Gives the PostgreSQL-backed e2e server a fresh, empty database (DATABASE_URL,
// next to TEST_POSTGRES_URL's) before `npm start` migrates and loads it.
import { recreateDatabase, testPostgresUrl } from "@/tests/support/pg";

const base = testPostgresUrl();
const target = process.env.DATABASE_URL;
if (!base || !target) throw new Error("TEST_POSTGRES_URL and DATABASE_URL must both be set");
testPostgresUrl({ TEST_POSTGRES_URL: target }); // the same local-host check for the target
await recreateDatabase(base, target);
