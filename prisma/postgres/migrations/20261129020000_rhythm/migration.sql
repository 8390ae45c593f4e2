-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN "slotsCheckedUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Prompt" ADD COLUMN "remindersSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PromptPost" ADD COLUMN "claimToken" TEXT,
ADD COLUMN "claimedUntil" TIMESTAMP(3),
ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "BlackoutDate" (
    "partnershipId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BlackoutDate_pkey" PRIMARY KEY ("partnershipId", "date")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "promptId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,
    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("promptId", "personId")
);

-- CreateTable
CREATE TABLE "SummaryPost" (
    "id" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "bindingId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'planned',
    "messageId" TEXT,
    "error" TEXT,
    "claimToken" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SummaryPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_personId_idx" ON "Reminder"("personId");

-- CreateIndex
CREATE INDEX "SummaryPost_state_idx" ON "SummaryPost"("state");

-- CreateIndex
CREATE UNIQUE INDEX "SummaryPost_promptId_bindingId_key" ON "SummaryPost"("promptId", "bindingId");

-- AddForeignKey
ALTER TABLE "BlackoutDate" ADD CONSTRAINT "BlackoutDate_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryPost" ADD CONSTRAINT "SummaryPost_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryPost" ADD CONSTRAINT "SummaryPost_bindingId_fkey" FOREIGN KEY ("bindingId") REFERENCES "ChannelBinding"("id") ON DELETE CASCADE ON UPDATE CASCADE;
