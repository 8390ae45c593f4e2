-- CreateTable
CREATE TABLE "CircleExercise" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "openKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "startedById" TEXT,
    "closedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "CircleExercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleActor" (
    "id" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "role" TEXT,
    "nameKey" TEXT NOT NULL,
    "proposedById" TEXT,
    "challenging" BOOLEAN NOT NULL DEFAULT false,
    "whatCodes" TEXT NOT NULL DEFAULT '',
    "whatText" TEXT,
    "howCodes" TEXT NOT NULL DEFAULT '',
    "howText" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "CircleActor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleVote" (
    "actorId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CircleVote_pkey" PRIMARY KEY ("actorId", "personId")
);

-- CreateTable
CREATE TABLE "Dialogue" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "exerciseId" TEXT,
    "bindingId" TEXT,
    "title" TEXT NOT NULL,
    "actors" TEXT NOT NULL DEFAULT '[]',
    "goalCodes" TEXT NOT NULL DEFAULT '',
    "goalText" TEXT,
    "format" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "location" TEXT,
    "ownerId" TEXT,
    "createdById" TEXT,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "held" BOOLEAN,
    "outcome" TEXT,
    "agreements" TEXT,
    "nextStep" TEXT,
    "followUpAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Dialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueParticipant" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "personId" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DialogueParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueNotice" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "bindingId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'planned',
    "messageId" TEXT,
    "error" TEXT,
    "claimToken" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "DialogueNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CircleExercise_openKey_key" ON "CircleExercise"("openKey");

-- CreateIndex
CREATE INDEX "CircleExercise_partnershipId_startedAt_idx" ON "CircleExercise"("partnershipId", "startedAt");

-- CreateIndex
CREATE INDEX "CircleActor_proposedById_idx" ON "CircleActor"("proposedById");

-- CreateIndex
CREATE UNIQUE INDEX "CircleActor_exerciseId_nameKey_key" ON "CircleActor"("exerciseId", "nameKey");

-- CreateIndex
CREATE INDEX "CircleVote_personId_idx" ON "CircleVote"("personId");

-- CreateIndex
CREATE INDEX "Dialogue_status_startsAt_idx" ON "Dialogue"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Dialogue_ownerId_idx" ON "Dialogue"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Dialogue_partnershipId_number_key" ON "Dialogue"("partnershipId", "number");

-- CreateIndex
CREATE INDEX "DialogueParticipant_personId_idx" ON "DialogueParticipant"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueParticipant_dialogueId_personId_key" ON "DialogueParticipant"("dialogueId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueParticipant_dialogueId_email_key" ON "DialogueParticipant"("dialogueId", "email");

-- CreateIndex
CREATE INDEX "DialogueNotice_state_idx" ON "DialogueNotice"("state");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueNotice_dialogueId_kind_round_key" ON "DialogueNotice"("dialogueId", "kind", "round");

-- AddForeignKey
ALTER TABLE "CircleExercise" ADD CONSTRAINT "CircleExercise_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleActor" ADD CONSTRAINT "CircleActor_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "CircleExercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleActor" ADD CONSTRAINT "CircleActor_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleVote" ADD CONSTRAINT "CircleVote_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "CircleActor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleVote" ADD CONSTRAINT "CircleVote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueParticipant" ADD CONSTRAINT "DialogueParticipant_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueParticipant" ADD CONSTRAINT "DialogueParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueNotice" ADD CONSTRAINT "DialogueNotice_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
