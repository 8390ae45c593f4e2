-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN "slotsCheckedUntil" DATETIME;

-- AlterTable
ALTER TABLE "Prompt" ADD COLUMN "remindersSentAt" DATETIME;

-- AlterTable
ALTER TABLE "PromptPost" ADD COLUMN "claimToken" TEXT;
ALTER TABLE "PromptPost" ADD COLUMN "claimedUntil" DATETIME;
ALTER TABLE "PromptPost" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "BlackoutDate" (
    "partnershipId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("partnershipId", "date"),
    CONSTRAINT "BlackoutDate_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reminder" (
    "promptId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "error" TEXT,

    PRIMARY KEY ("promptId", "personId"),
    CONSTRAINT "Reminder_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reminder_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SummaryPost" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "promptId" TEXT NOT NULL,
    "bindingId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'planned',
    "messageId" TEXT,
    "error" TEXT,
    "claimToken" TEXT,
    "claimedUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SummaryPost_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SummaryPost_bindingId_fkey" FOREIGN KEY ("bindingId") REFERENCES "ChannelBinding" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Reminder_personId_idx" ON "Reminder"("personId");

-- CreateIndex
CREATE INDEX "SummaryPost_state_idx" ON "SummaryPost"("state");

-- CreateIndex
CREATE UNIQUE INDEX "SummaryPost_promptId_bindingId_key" ON "SummaryPost"("promptId", "bindingId");
