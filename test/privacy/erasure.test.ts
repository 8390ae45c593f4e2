/**
 * "Mijn gegevens" and "vergeet mij" end to end on the shared layer, on SQLite and PostgreSQL: the export covers
 * every area; erasure needs a token bound to the person (crafted, forged, expired and other people's clicks are
 * refused); afterwards no text column in any table holds the name, e-mail or platform ids, scores are kept only
 * where the partnership says so, and the export finds nothing. An erased person who returns starts afresh.
 */
import { ForgetActionData } from '../../src/cards';
import { decideForget } from '../../src/bots/shared/privacy/forget-flow';
import { exportToCsv, exportToJson } from '../../src/domain/privacy/export-format';
import { recordCount } from '../../src/domain/privacy/personal-data.registry';
import { PromptRecord } from '../../src/domain/model/records';
import { parseCsv } from '../support/csv';
import { scanTextColumns } from '../support/personal-data-scan';
import { describeEachDatabase } from '../support/test-databases';
import { BINNEN, BRAM, CARLA, MEES, MEES_TEAMS, PrivacyFixture, STAD, startPrivacyFixture } from './support/privacy-fixture';

const IDENTIFYING = [MEES.displayName, 'Mees', MEES.email!, MEES.userId, MEES_TEAMS.userId];

describeEachDatabase('privacy: export and erasure', (testDb) => {
  let f: PrivacyFixture;
  let meesId: string;
  let stadPrompt: PromptRecord;
  let binnenPrompt: PromptRecord;

  beforeAll(async () => {
    f = await startPrivacyFixture(testDb().url);
    stadPrompt = await f.prompt(STAD.channel, 'kwaliteit');
    binnenPrompt = await f.prompt(BINNEN.channel, 'financien');
    await f.say(MEES, 'status', STAD.channel);
    await f.say(MEES, 'status', BINNEN.channel);
    await f.say(MEES_TEAMS, 'mijn antwoorden'); // the same person on Teams, found by his e-mail
    await f.say(BRAM, 'status', BINNEN.channel);
    await f.answer(MEES, stadPrompt, { score: '4', scenario: 'Mees Meijer ziet dat besturen samen plekken verdelen.', keyword: 'meesterlijk', shareAnonymously: 'true' });
    await f.answer(MEES, binnenPrompt, { score: '2', scenario: 'Volgens Mees ontbreekt HR nog.', shareAnonymously: 'false' });
    await f.answer(BRAM, binnenPrompt, { score: '5', keyword: 'samen', shareAnonymously: 'true' });
    const mees = await f.deps.repos.people.findByIdentity('slack', MEES.workspaceId, MEES.userId);
    meesId = mees!.id;
    const carla = await f.deps.repos.people.findByIdentity('slack', CARLA.workspaceId, CARLA.userId);
    const stad = await f.deps.repos.partnerships.findByNameKey('stad streek');
    await f.deps.services.admin.appointCoordinator({ user: CARLA, person: carla! }, stad!, MEES);
    await f.deps.repos.rhythm.claimReminder(stadPrompt.id, meesId);
    await f.db.prisma.slackInstallation.create({ data: { id: `T:${MEES.workspaceId}`, teamId: MEES.workspaceId, installation: JSON.stringify({ team: { id: MEES.workspaceId }, user: { id: MEES.userId, token: 'xoxp-mees-user-token' }, bot: { token: 'xoxb-bot' } }) } });
    const dialogue = await f.db.prisma.dialogue.create({ data: { partnershipId: stad!.id, number: 1, title: 'Dialoogtafel capaciteit', format: 'dialoogtafels', startsAt: new Date('2027-03-01T14:00:00Z'), durationMinutes: 90, ownerId: meesId, createdById: meesId } });
    await f.db.prisma.dialogueParticipant.create({ data: { dialogueId: dialogue.id, email: 'Mees.Meijer@example.org' } });
  });
  afterAll(() => f?.db.close());

  it('"mijn gegevens": every area, as JSON and as CSV that parse back, and the request in the audit trail', async () => {
    const reply = await f.say(MEES, 'mijn gegevens', STAD.channel);
    expect(reply).toMatchObject({ kind: 'privacy', visibility: 'personal' });
    const data = await f.deps.services.privacy.collect(meesId);
    expect(Object.keys(data.sections).sort()).toEqual(f.deps.repos.privacy.areas.areas.map((a) => a.name).sort());
    const s = data.sections;
    expect(s.person).toEqual([expect.objectContaining({ id: meesId, displayName: 'Mees Meijer', email: MEES.email })]);
    expect(s.identities.map((i) => i.platform).sort()).toEqual(['slack', 'teams']);
    expect(s.partnershipRoles.map((r) => `${r.partnership}:${r.role}`).sort()).toEqual(['Binnenmeren:member', 'Stad & Streek:coordinator']);
    expect(s.answers.map((a) => a.score).sort()).toEqual([2, 4]);
    expect(s.reminders).toHaveLength(1);
    expect(s.auditTrail.map((e) => `${e.action}:${e.as}`).sort()).toEqual(['coordinator.appoint:subject', 'privacy.export:actor']);
    expect(s.dialogues.map((d) => d.kind).sort()).toEqual(['owner']);
    expect(JSON.parse(exportToJson(data))).toEqual(data);
    const rows = parseCsv(exportToCsv(data));
    expect(rows.filter((r) => r[0] === 'answers' && r[2] === 'scenario').map((r) => r[3]).sort()).toEqual(['Mees Meijer ziet dat besturen samen plekken verdelen.', 'Volgens Mees ontbreekt HR nog.']);
    expect(rows.length - 3).toBe(Object.values(s).flat().reduce((sum, record) => sum + Object.keys(record).length, 0));
 
    // There is no way to name someone else: extra words are ignored, the links are the asker's own.
    const bramAsks = await f.say(BRAM, `mijn gegevens ${MEES.displayName} ${meesId}`, STAD.channel);
    const bramId = (await f.deps.repos.people.findByIdentity('slack', BRAM.workspaceId, BRAM.userId))!.id;
    expect(bramAsks.kind === 'privacy' && bramAsks.view.links?.map((l) => l.url).every((url) => url.includes(bramId) && !url.includes(meesId))).toBe(true);
    // The scan used after the erasure does see him now (a control: it is not blind).
    const before = (await scanTextColumns(testDb().url, IDENTIFYING)).findings.map((x) => x.table);
    expect(new Set(before)).toEqual(new Set(['Person', 'PlatformIdentity', 'Answer', 'SlackInstallation', 'DialogueParticipant']));
  });

  it('refuses crafted, forged, expired and other people\'s confirmations, and erases nothing', async () => {
    const card = await f.say(MEES, 'vergeet mij', STAD.channel);
    const token = card.kind === 'privacy' ? card.view.forget?.token : undefined;
    expect(token).toBeDefined();
    const click = (who: typeof MEES, data: Partial<ForgetActionData> | unknown) => decideForget(f.deps, f.ctx(who, STAD.channel), data);
    const refused = /verlopen of niet van jou/;
    expect((await click(BRAM, { decision: 'confirm', token })).lines.join()).toMatch(refused);
    expect((await click(CARLA, { decision: 'confirm', token })).lines.join()).toMatch(refused);
    expect((await click(MEES, { decision: 'confirm', token: token!.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')) })).lines.join()).toMatch(refused);
    const carlaId = (await f.deps.repos.people.findByIdentity('slack', CARLA.workspaceId, CARLA.userId))!.id;
    expect((await click(MEES, { decision: 'confirm', token: token!.replace(meesId, carlaId) })).lines.join()).toMatch(refused);
    for (const crafted of [{}, { decision: 'confirm' }, { decision: 'yes', token }, { decision: 'confirm', token: 42 }, null, 'vergeet mij']) {
      expect((await click(MEES, crafted)).lines.join()).toMatch(refused);
    }
    f.clock.advance(16 * 60_000);
    expect((await click(MEES, { decision: 'confirm', token })).lines.join()).toMatch(refused);
    f.clock.advance(-16 * 60_000);
    expect((await click(MEES, { decision: 'cancel', token })).lines.join()).toMatch(/niets gewist/);
    expect(await f.db.prisma.person.count({ where: { id: meesId } })).toBe(1);
    expect(await f.db.prisma.answer.count({ where: { personId: meesId } })).toBe(2);
  });

  it('erases on the person\'s own confirmation (from either platform) and verifies with the exporter', async () => {
    const card = await f.say(MEES, 'vergeet mij', STAD.channel);
    const token = card.kind === 'privacy' ? card.view.forget?.token : undefined;
    expect(card.kind === 'privacy' && card.view.lines.join('\n')).toMatch(/1 antwoorden in Binnenmeren blijft alleen de score over/);
    const done = await decideForget(f.deps, f.ctx(MEES_TEAMS), { decision: 'confirm', token });
    expect(done.lines.join('\n')).toMatch(/Klaar.*\n.*export vindt nu niets meer/);
    expect(recordCount(await f.deps.services.privacy.collect(meesId))).toBe(0);
    expect((await decideForget(f.deps, f.ctx(MEES), { decision: 'confirm', token })).lines.join()).toMatch(/al gewist/);
  });

  it('leaves no name, e-mail or platform id in any text column of any table', async () => {
    const { findings, columnsScanned } = await scanTextColumns(testDb().url, IDENTIFYING);
    expect(columnsScanned).toBeGreaterThan(40);
    expect(findings).toEqual([]);
    expect(await f.db.prisma.dialogue.findFirst()).toMatchObject({ ownerId: null, createdById: null });
    expect(await f.db.prisma.auditEntry.count({ where: { OR: [{ actorId: meesId }, { subjectId: meesId }] } })).toBe(0);
  });

  it('keeps only anonymous scores where the partnership chose so, and the anonymised view still counts them', async () => {
    const kept = await f.db.prisma.anonymisedScore.findMany();
    expect(kept).toEqual([expect.objectContaining({ promptId: binnenPrompt.id, focusCode: binnenPrompt.focusCode, score: 2, period: '2027-02' })]);
    expect(Object.keys(kept[0]).sort()).toEqual(['focusCode', 'id', 'partnershipId', 'period', 'promptId', 'score']);
    expect(await f.deps.services.privacy.anonymisedAnswers(stadPrompt.id)).toEqual([]);
    const view = await f.deps.services.privacy.anonymisedAnswers(binnenPrompt.id);
    expect(view).toEqual([{ score: 2, shareAnonymously: false }, { score: 5, keyword: 'samen', shareAnonymously: true }]);
    const bram = await f.deps.repos.people.findByIdentity('slack', BRAM.workspaceId, BRAM.userId);
    expect(JSON.stringify(view)).not.toMatch(new RegExp(`${bram!.id}|Bram|personId`));
  });

  it('writes the erasure to the audit trail per partnership, without naming the person', async () => {
    const entries = await f.db.prisma.auditEntry.findMany({ where: { action: 'privacy.erasure' } });
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry).toMatchObject({ actorId: null, subjectId: null });
    expect(JSON.parse(entries[0].details)).toEqual({ answersDeleted: 2, scoresKept: 1, verified: true });
  });

  it('a forgotten person who comes back starts afresh, and sees the privacy notice again', async () => {
    const reply = await f.say(MEES, 'status', STAD.channel);
    expect(reply.notice?.title).toMatch(/Zo gaat Oogst om met je gegevens/);
    const again = await f.deps.repos.people.findByIdentity('slack', MEES.workspaceId, MEES.userId);
    expect(again!.id).not.toBe(meesId);
    const data = await f.deps.services.privacy.collect(again!.id);
    expect(data.sections.answers).toEqual([]);
    expect(data.sections.identities).toHaveLength(1);
    expect(data.sections.partnershipRoles).toEqual([expect.objectContaining({ partnership: 'Stad & Streek', role: 'member' })]);
  });
});
