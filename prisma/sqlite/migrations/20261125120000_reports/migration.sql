-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "catalogHash" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL
);

