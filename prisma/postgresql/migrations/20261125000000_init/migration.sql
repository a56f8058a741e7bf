-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "CatalogVersion" (
    "id" SERIAL NOT NULL,
    "hash" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL,
    "distroCount" INTEGER NOT NULL,
    "claimCount" INTEGER NOT NULL,
    "sourceCount" INTEGER NOT NULL,

    CONSTRAINT "CatalogVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "kind" TEXT NOT NULL,
    "published" TEXT,
    "accessed" TEXT,
    "note" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attribute" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "valueType" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "scale" TEXT,

    CONSTRAINT "Attribute_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Distro" (
    "slug" TEXT NOT NULL,
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
    "position" INTEGER NOT NULL,

    CONSTRAINT "Distro_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "DistroSource" (
    "distroSlug" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "DistroSource_pkey" PRIMARY KEY ("distroSlug","sourceId")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "distroSlug" TEXT NOT NULL,
    "attributeKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "preferred" BOOLEAN NOT NULL,
    "note" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimSource" (
    "claimId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ClaimSource_pkey" PRIMARY KEY ("claimId","sourceId")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseSource" (
    "releaseId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ReleaseSource_pkey" PRIMARY KEY ("releaseId","sourceId")
);

-- CreateIndex
CREATE INDEX "Claim_distroSlug_attributeKey_idx" ON "Claim"("distroSlug", "attributeKey");

-- CreateIndex
CREATE INDEX "Release_distroSlug_idx" ON "Release"("distroSlug");

-- AddForeignKey
ALTER TABLE "DistroSource" ADD CONSTRAINT "DistroSource_distroSlug_fkey" FOREIGN KEY ("distroSlug") REFERENCES "Distro"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistroSource" ADD CONSTRAINT "DistroSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_distroSlug_fkey" FOREIGN KEY ("distroSlug") REFERENCES "Distro"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_attributeKey_fkey" FOREIGN KEY ("attributeKey") REFERENCES "Attribute"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSource" ADD CONSTRAINT "ClaimSource_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSource" ADD CONSTRAINT "ClaimSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_distroSlug_fkey" FOREIGN KEY ("distroSlug") REFERENCES "Distro"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseSource" ADD CONSTRAINT "ReleaseSource_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseSource" ADD CONSTRAINT "ReleaseSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

