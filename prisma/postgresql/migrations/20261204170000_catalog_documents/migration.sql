-- Each catalog version is kept as one validated JSON document, and the tables
-- that mirrored the newest catalog row by row are dropped. Versions loaded
-- before this keep their hash and load time, without a document.
DROP TABLE "ClaimSource";
DROP TABLE "ReleaseSource";
DROP TABLE "DistroSource";
DROP TABLE "Claim";
DROP TABLE "Release";
DROP TABLE "Distro";
DROP TABLE "Attribute";
DROP TABLE "Source";

ALTER TABLE "CatalogVersion" DROP COLUMN "kubernetes",
ADD COLUMN "commit" TEXT,
ADD COLUMN "document" JSONB;

CREATE INDEX "CatalogVersion_hash_idx" ON "CatalogVersion"("hash");
