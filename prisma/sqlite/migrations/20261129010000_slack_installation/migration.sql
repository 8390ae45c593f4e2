-- CreateTable
CREATE TABLE "SlackInstallation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT,
    "enterpriseId" TEXT,
    "isEnterpriseInstall" BOOLEAN NOT NULL DEFAULT false,
    "botUserId" TEXT,
    "installation" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SlackInstallation_enterpriseId_idx" ON "SlackInstallation"("enterpriseId");
