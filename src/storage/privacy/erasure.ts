/**
 * "Vergeet mij" in the database, in one transaction: answers of partnerships that keep scores leave an anonymous
 * score (no person, no text, only the month of the prompt); audit entries lose the person; a Slack installation made by the
 * person loses their user id and token; loose references (started by, planned by, invited by e-mail) are cleared;
 * then the Person row is deleted, and with it (ON DELETE CASCADE) their
 * platform identities, roles, answers, reminders and dialogue participations (a dialogue they owned is kept,
 * without owner: ON DELETE SET NULL). A feature that stores a person's id or text elsewhere must either refer
 * to Person with such a rule or add a scrubber here; test/privacy scans every text column after an erasure.
 */
import type { ErasureReport } from '../../domain/privacy/privacy.ports';
import type { Db } from '../database';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** YYYY-MM (UTC) of the prompt: the only time a kept score carries (not when the person answered). */
export const periodOf = (date: Date): string => date.toISOString().slice(0, 7);

async function keepScores(tx: Tx, personId: string): Promise<{ deleted: number; kept: number; partnershipIds: string[] }> {
  const answers = await tx.answer.findMany({
    where: { personId },
    select: { promptId: true, score: true, prompt: { select: { partnershipId: true, focusCode: true, opensAt: true, partnership: { select: { answerPolicy: true } } } } },
  });
  const kept = answers.filter((a) => a.prompt.partnership.answerPolicy === 'keep_scores');
  if (kept.length) {
    await tx.anonymisedScore.createMany({
      data: kept.map((a) => ({ promptId: a.promptId, partnershipId: a.prompt.partnershipId, focusCode: a.prompt.focusCode, period: periodOf(a.prompt.opensAt), score: a.score })),
    });
  }
  return { deleted: answers.length, kept: kept.length, partnershipIds: answers.map((a) => a.prompt.partnershipId) };
}

/** A workspace installed by the person keeps working (the bot token), without the installer's id and user token. */
async function scrubSlackInstallations(tx: Tx, identities: { platform: string; workspaceId: string; userId: string }[]): Promise<void> {
  for (const identity of identities.filter((i) => i.platform === 'slack')) {
    const rows = await tx.slackInstallation.findMany({ where: { OR: [{ teamId: identity.workspaceId }, { enterpriseId: { not: null } }] } });
    for (const row of rows) {
      const installation = JSON.parse(row.installation) as { user?: { id?: string } };
      if (installation.user?.id !== identity.userId) continue;
      installation.user = { id: 'forgotten' };
      await tx.slackInstallation.update({ where: { id: row.id }, data: { installation: JSON.stringify(installation) } });
    }
  }
}

/**
 * Person ids kept without a foreign key (who started or planned something), and the person's e-mail address as
 * an invited guest: cleared or removed, so nothing points at the person after the Person row is gone.
 */
async function scrubLooseReferences(tx: Tx, personId: string, email: string | null): Promise<void> {
  await tx.circleExercise.updateMany({ where: { startedById: personId }, data: { startedById: null } });
  await tx.circleExercise.updateMany({ where: { closedById: personId }, data: { closedById: null } });
  await tx.dialogue.updateMany({ where: { createdById: personId }, data: { createdById: null } });
  if (!email) return;
  // Case-insensitive on both providers (SQLite has no `mode: insensitive`): compared here, deleted by id.
  const guests = await tx.dialogueParticipant.findMany({ where: { email: { not: null } }, select: { id: true, email: true } });
  const mine = guests.filter((g) => g.email?.toLowerCase() === email.toLowerCase()).map((g) => g.id);
  if (mine.length) await tx.dialogueParticipant.deleteMany({ where: { id: { in: mine } } });
}

export async function erasePerson(db: Db, personId: string): Promise<ErasureReport | null> {
  return db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true, email: true, identities: true, partnershipRoles: { select: { partnershipId: true } } } });
    if (!person) return null;
    const answers = await keepScores(tx, personId);
    await tx.auditEntry.updateMany({ where: { actorId: personId }, data: { actorId: null } });
    await tx.auditEntry.updateMany({ where: { subjectId: personId }, data: { subjectId: null } });
    await scrubSlackInstallations(tx, person.identities);
    await scrubLooseReferences(tx, personId, person.email);
    await tx.person.delete({ where: { id: personId } });
    const partnershipIds = [...new Set([...person.partnershipRoles.map((r) => r.partnershipId), ...answers.partnershipIds])].sort();
    return { answersDeleted: answers.deleted, scoresKept: answers.kept, partnershipIds };
  }, { timeout: 60_000, maxWait: 10_000 });
}
