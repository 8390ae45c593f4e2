-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'anders',
    "holidayRegion" TEXT NOT NULL DEFAULT 'midden',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "sectors" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipRegion" (
    "partnershipId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "positioning" TEXT NOT NULL,
    CONSTRAINT "PartnershipRegion_pkey" PRIMARY KEY ("partnershipId", "regionId")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "remindersEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformIdentity" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlatformIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipRole" (
    "personId" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PartnershipRole_pkey" PRIMARY KEY ("personId", "partnershipId")
);

-- CreateTable
CREATE TABLE "RegionRole" (
    "personId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RegionRole_pkey" PRIMARY KEY ("personId", "regionId", "role")
);

-- CreateTable
CREATE TABLE "ChannelBinding" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "channelName" TEXT,
    "conversationRef" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ChannelBinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "partnershipId" TEXT NOT NULL,
    "cadence" TEXT NOT NULL DEFAULT 'weekly',
    "weekday" INTEGER NOT NULL DEFAULT 2,
    "time" TEXT NOT NULL DEFAULT '09:00',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "windowDays" INTEGER NOT NULL DEFAULT 5,
    "reminderHours" INTEGER NOT NULL DEFAULT 24,
    "focusCodes" TEXT NOT NULL DEFAULT '',
    "holidayPolicy" TEXT NOT NULL DEFAULT 'move',
    "pausedUntil" TIMESTAMP(3),
    "anchorDate" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("partnershipId")
);

-- CreateTable
CREATE TABLE "Prompt" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "slotKey" TEXT NOT NULL,
    "focusCode" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    CONSTRAINT "Prompt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptPost" (
    "id" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "bindingId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'planned',
    "messageId" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PromptPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "scenario" TEXT,
    "keyword" TEXT,
    "discussable" TEXT,
    "needed" TEXT,
    "shareAnonymously" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedDelivery" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProcessedDelivery_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_nameKey_key" ON "Region"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_nameKey_key" ON "Partnership"("nameKey");

-- CreateIndex
CREATE INDEX "PartnershipRegion_regionId_idx" ON "PartnershipRegion"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "PlatformIdentity_personId_idx" ON "PlatformIdentity"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformIdentity_platform_workspaceId_userId_key" ON "PlatformIdentity"("platform", "workspaceId", "userId");

-- CreateIndex
CREATE INDEX "PartnershipRole_partnershipId_role_idx" ON "PartnershipRole"("partnershipId", "role");

-- CreateIndex
CREATE INDEX "RegionRole_regionId_idx" ON "RegionRole"("regionId");

-- CreateIndex
CREATE INDEX "ChannelBinding_partnershipId_active_idx" ON "ChannelBinding"("partnershipId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelBinding_platform_workspaceId_channelId_key" ON "ChannelBinding"("platform", "workspaceId", "channelId");

-- CreateIndex
CREATE INDEX "Prompt_status_closesAt_idx" ON "Prompt"("status", "closesAt");

-- CreateIndex
CREATE INDEX "Prompt_partnershipId_opensAt_idx" ON "Prompt"("partnershipId", "opensAt");

-- CreateIndex
CREATE UNIQUE INDEX "Prompt_partnershipId_slotKey_key" ON "Prompt"("partnershipId", "slotKey");

-- CreateIndex
CREATE INDEX "PromptPost_state_idx" ON "PromptPost"("state");

-- CreateIndex
CREATE UNIQUE INDEX "PromptPost_promptId_bindingId_key" ON "PromptPost"("promptId", "bindingId");

-- CreateIndex
CREATE INDEX "Answer_personId_updatedAt_idx" ON "Answer"("personId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_promptId_personId_key" ON "Answer"("promptId", "personId");

-- CreateIndex
CREATE INDEX "ProcessedDelivery_createdAt_idx" ON "ProcessedDelivery"("createdAt");

-- AddForeignKey
ALTER TABLE "PartnershipRegion" ADD CONSTRAINT "PartnershipRegion_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipRegion" ADD CONSTRAINT "PartnershipRegion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformIdentity" ADD CONSTRAINT "PlatformIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipRole" ADD CONSTRAINT "PartnershipRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipRole" ADD CONSTRAINT "PartnershipRole_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionRole" ADD CONSTRAINT "RegionRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionRole" ADD CONSTRAINT "RegionRole_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelBinding" ADD CONSTRAINT "ChannelBinding_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prompt" ADD CONSTRAINT "Prompt_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptPost" ADD CONSTRAINT "PromptPost_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptPost" ADD CONSTRAINT "PromptPost_bindingId_fkey" FOREIGN KEY ("bindingId") REFERENCES "ChannelBinding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
