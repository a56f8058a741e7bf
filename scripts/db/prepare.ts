// `npm run catalog:load` (migrate, then load the catalog when it changed) and
// `npm run db:migrate` (`--no-load`: migrate only), for development. A
// production install without devDependencies runs `npm start -- --prepare-only`.
import { prepareDatabase } from "@/server/prepare-db";

prepareDatabase({ load: !process.argv.includes("--no-load") }).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
