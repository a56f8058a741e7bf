-- AlterTable
ALTER TABLE "CatalogVersion" ADD COLUMN "kubernetes" TEXT;
