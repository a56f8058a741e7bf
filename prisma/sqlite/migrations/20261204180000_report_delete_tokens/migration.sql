-- Reports can be deleted by whoever saved them (with the token they were given) and expire after a retention period, found by creation time.
ALTER TABLE "Report" ADD COLUMN "deleteTokenHash" TEXT;

CREATE INDEX "Report_createdAt_idx" ON "Report"("createdAt");
