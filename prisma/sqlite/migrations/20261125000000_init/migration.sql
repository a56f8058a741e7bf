-- CreateTable
CREATE TABLE "CatalogVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT NOT NULL,
    "loadedAt" DATETIME NOT NULL,
    "distroCount" INTEGER NOT NULL,
    "claimCount" INTEGER NOT NULL,
    "sourceCount" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "kind" TEXT NOT NULL,
    "published" TEXT,
    "accessed" TEXT,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "Attribute" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "valueType" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "scale" TEXT
);

-- CreateTable
CREATE TABLE "Distro" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "featured" BOOLEAN NOT NULL,
    "clouds" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "predecessor" TEXT,
    "derivedFrom" TEXT,
    "upstreamBase" TEXT NOT NULL,
    "homepage" TEXT,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "DistroSource" (
    "distroSlug" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    PRIMARY KEY ("distroSlug", "sourceId"),
    CONSTRAINT "DistroSource_distroSlug_fkey" FOREIGN KEY ("distroSlug") REFERENCES "Distro" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DistroSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "distroSlug" TEXT NOT NULL,
    "attributeKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "preferred" BOOLEAN NOT NULL,
    "note" TEXT,
    CONSTRAINT "Claim_distroSlug_fkey" FOREIGN KEY ("distroSlug") REFERENCES "Distro" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_attributeKey_fkey" FOREIGN KEY ("attributeKey") REFERENCES "Attribute" ("key") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimSource" (
    "claimId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("claimId", "sourceId"),
    CONSTRAINT "ClaimSource_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "distroSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "releaseDate" TEXT,
    "previewDate" TEXT,
    "lts" BOOLEAN NOT NULL,
    "standardName" TEXT,
    "standardEnd" TEXT,
    "maintenanceName" TEXT,
    "maintenanceEnd" TEXT,
    "extendedName" TEXT,
    "extendedEnd" TEXT,
    "latestVersion" TEXT,
    "latestDate" TEXT,
    "note" TEXT,
    CONSTRAINT "Release_distroSlug_fkey" FOREIGN KEY ("distroSlug") REFERENCES "Distro" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReleaseSource" (
    "releaseId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("releaseId", "sourceId"),
    CONSTRAINT "ReleaseSource_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReleaseSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Claim_distroSlug_attributeKey_idx" ON "Claim"("distroSlug", "attributeKey");

-- CreateIndex
CREATE INDEX "Release_distroSlug_idx" ON "Release"("distroSlug");

