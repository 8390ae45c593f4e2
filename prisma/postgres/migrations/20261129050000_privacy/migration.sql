-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN "answerPolicy" TEXT NOT NULL DEFAULT 'delete';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "privacyNoticeAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "partnershipId" TEXT,
    "regionId" TEXT,
    "subjectId" TEXT,
    "details" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnonymisedScore" (
    "id" TEXT NOT NULL,
    "promptId" TEXT,
    "partnershipId" TEXT NOT NULL,
    "focusCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    CONSTRAINT "AnonymisedScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_partnershipId_at_idx" ON "AuditEntry"("partnershipId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_regionId_at_idx" ON "AuditEntry"("regionId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_idx" ON "AuditEntry"("actorId");

-- CreateIndex
CREATE INDEX "AuditEntry_subjectId_idx" ON "AuditEntry"("subjectId");

-- CreateIndex
CREATE INDEX "AnonymisedScore_promptId_idx" ON "AnonymisedScore"("promptId");

-- CreateIndex
CREATE INDEX "AnonymisedScore_partnershipId_period_idx" ON "AnonymisedScore"("partnershipId", "period");

-- AddForeignKey
ALTER TABLE "AnonymisedScore" ADD CONSTRAINT "AnonymisedScore_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnonymisedScore" ADD CONSTRAINT "AnonymisedScore_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
