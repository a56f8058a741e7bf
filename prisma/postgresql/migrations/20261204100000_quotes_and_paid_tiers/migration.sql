-- AlterTable
ALTER TABLE "Distro" ADD COLUMN "reviewed" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "history" TEXT;

-- AlterTable
ALTER TABLE "ClaimSource" ADD COLUMN "quote" TEXT;

-- AlterTable
ALTER TABLE "Release" ADD COLUMN "extendedPaid" BOOLEAN;
ALTER TABLE "Release" ADD COLUMN "maintenancePaid" BOOLEAN;
ALTER TABLE "Release" ADD COLUMN "standardPaid" BOOLEAN;

-- AlterTable
ALTER TABLE "ReleaseSource" ADD COLUMN "quote" TEXT;

