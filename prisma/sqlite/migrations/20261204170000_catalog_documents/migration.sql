-- Each catalog version is kept as one validated JSON document, and the tables
-- that mirrored the newest catalog row by row are dropped. Versions loaded
-- before this keep their hash and load time, without a document.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

DROP TABLE "ClaimSource";
DROP TABLE "ReleaseSource";
DROP TABLE "DistroSource";
DROP TABLE "Claim";
DROP TABLE "Release";
DROP TABLE "Distro";
DROP TABLE "Attribute";
DROP TABLE "Source";

CREATE TABLE "new_CatalogVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT NOT NULL,
    "loadedAt" DATETIME NOT NULL,
    "commit" TEXT,
    "document" JSONB,
    "distroCount" INTEGER NOT NULL,
    "claimCount" INTEGER NOT NULL,
    "sourceCount" INTEGER NOT NULL
);
INSERT INTO "new_CatalogVersion" ("id", "hash", "loadedAt", "distroCount", "claimCount", "sourceCount")
    SELECT "id", "hash", "loadedAt", "distroCount", "claimCount", "sourceCount" FROM "CatalogVersion";
DROP TABLE "CatalogVersion";
ALTER TABLE "new_CatalogVersion" RENAME TO "CatalogVersion";
CREATE INDEX "CatalogVersion_hash_idx" ON "CatalogVersion"("hash");

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
