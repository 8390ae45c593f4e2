/** RegionRepository on both databases, and the AccessPolicy on top of it (who may set up what). */
import { AccessPolicy } from '../../src/domain/access/access.policy';
import { parsePlatformId } from '../../src/domain/access/platform-id';
import { DomainError } from '../../src/domain/errors';
import { PersonRecord, PlatformUser } from '../../src/domain/model/records';
import { Repositories } from '../../src/domain/ports';
import { DEMO_PLAN } from '../../src/domain/setup/demo-cases';
import { SetupService } from '../../src/domain/setup/setup.service';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { describeEachDatabase } from '../support/test-databases';

const slackUser = (userId: string): PlatformUser => ({ platform: 'slack', workspaceId: 'T0TEAM', userId, displayName: userId });

describeEachDatabase('regions and access', (testDb) => {
  let db: Database;
  let repos: Repositories;
  let marieke: PersonRecord;
  let ruud: PersonRecord;
  let sanne: PersonRecord;
  const person = async (email: string) => {
    const row = await db.prisma.person.findUniqueOrThrow({ where: { email } });
    return (await repos.people.findById(row.id)) as PersonRecord;
  };

  beforeAll(async () => {
    db = await openDatabase(testDb().url);
    repos = createRepositories(db.prisma);
    await new SetupService(repos.setup).apply(DEMO_PLAN);
    marieke = await person('marieke.visser@regio-stadstreek.example');
    ruud = await person('ruud.vandijk@binnenmeren.example');
    sanne = await person('sanne.devries@stadstreek.example');
  });
  afterAll(() => db.close());

  it('finds regions by name key and lists them by name', async () => {
    const region = await repos.regions.findByNameKey('onderwijsregio binnenmeren');
    expect(region).toMatchObject({ name: 'Onderwijsregio Binnenmeren', kind: 'krimp', holidayRegion: 'noord' });
    expect(await repos.regions.findById(region!.id)).toEqual(region);
    expect((await repos.regions.list()).map((r) => r.name)).toEqual(['Onderwijsregio Binnenmeren', 'Onderwijsregio Kustland', 'Onderwijsregio Stad & Streek']);
    expect(await repos.regions.findByNameKey('nergens')).toBeNull();
  });

  it('knows the leads of a region and the regions of a lead; granting twice is one role', async () => {
    const kustland = (await repos.regions.findByNameKey('onderwijsregio kustland'))!;
    const binnenmeren = (await repos.regions.findByNameKey('onderwijsregio binnenmeren'))!;
    expect((await repos.regions.leadsOf(binnenmeren.id)).map((p) => p.displayName)).toEqual(['Ruud van Dijk']);
    expect(await repos.regions.isLead(ruud.id, binnenmeren.id)).toBe(true);
    expect(await repos.regions.isLead(ruud.id, kustland.id)).toBe(false);
    await repos.regions.grantLead(ruud.id, kustland.id);
    await repos.regions.grantLead(ruud.id, kustland.id);
    expect((await repos.regions.ledBy(ruud.id)).map((r) => r.name)).toEqual(['Onderwijsregio Binnenmeren', 'Onderwijsregio Kustland']);
    expect(await db.prisma.regionRole.count({ where: { personId: ruud.id } })).toBe(2);
    await db.prisma.regionRole.delete({ where: { personId_regionId_role: { personId: ruud.id, regionId: kustland.id, role: 'lead' } } });
  });

  it('lists how partnerships sit in regions', async () => {
    const vo = (await repos.partnerships.findByNameKey('opleiden in de binnenmeren vo'))!;
    expect((await repos.regions.linksOf(vo.id)).map((l) => [l.region.name, l.positioning])).toEqual([
      ['Onderwijsregio Binnenmeren', 'spans'], ['Onderwijsregio Kustland', 'spans'],
    ]);
    expect(await repos.regions.allLinks()).toHaveLength(5);
  });

  describe('AccessPolicy', () => {
    const admin = slackUser('U0ADMIN');
    let policy: AccessPolicy;
    beforeAll(() => {
      policy = new AccessPolicy([parsePlatformId('slack:T0TEAM:U0ADMIN')!], repos);
    });
    const code = async (fn: () => unknown) => {
      try {
        await fn();
        return 'allowed';
      } catch (error) {
        return error instanceof DomainError ? error.code : String(error);
      }
    };

    it('admins may do everything, recognised by platform id', async () => {
      const kustland = (await repos.regions.findByNameKey('onderwijsregio kustland'))!;
      const actor = { user: admin, person: sanne };
      expect(policy.isAdmin(admin)).toBe(true);
      expect(policy.isAdmin({ ...admin, workspaceId: 'T0OTHER' })).toBe(false);
      expect(await code(() => policy.requireAdmin(actor))).toBe('allowed');
      expect(await code(() => policy.requireRegionManager(actor, kustland))).toBe('allowed');
    });

    it('a regional lead manages their own region only', async () => {
      const [binnenmeren, stad] = [(await repos.regions.findByNameKey('onderwijsregio binnenmeren'))!, (await repos.regions.findByNameKey('onderwijsregio stad streek'))!];
      const actor = { user: slackUser('U0RUUD'), person: ruud };
      expect(await code(() => policy.requireAdmin(actor))).toBe('ACCESS.ADMIN_REQUIRED');
      expect(await code(() => policy.requireAdminOrLead(actor))).toBe('allowed');
      expect(await code(() => policy.requireRegionManager(actor, binnenmeren))).toBe('allowed');
      expect(await code(() => policy.requireRegionManager(actor, stad))).toBe('ACCESS.REGION_LEAD_REQUIRED');
    });

    it('coordinators may be appointed by admins, the coordinators, and the leads of the partnership\'s regions', async () => {
      const stad = (await repos.partnerships.findByNameKey('samen opleiden stad streek'))!;
      const vo = (await repos.partnerships.findByNameKey('opleiden in de binnenmeren vo'))!;
      expect(await policy.mayAppointCoordinator({ user: admin, person: ruud }, stad.id)).toBe(true);
      expect(await policy.mayAppointCoordinator({ user: slackUser('U0SANNE'), person: sanne }, stad.id)).toBe(true);
      expect(await policy.mayAppointCoordinator({ user: slackUser('U0MARIEKE'), person: marieke }, stad.id)).toBe(true);
      expect(await policy.mayAppointCoordinator({ user: slackUser('U0RUUD'), person: ruud }, vo.id)).toBe(true);
      expect(await policy.mayAppointCoordinator({ user: slackUser('U0RUUD'), person: ruud }, stad.id)).toBe(false);
      expect(await code(() => policy.requireMayAppointCoordinator({ user: slackUser('U0MARIEKE'), person: marieke }, vo))).toBe('PARTNERSHIP.NOT_COORDINATOR');
    });

    it('nobody is an admin without OOGST_ADMINS', () => {
      expect(new AccessPolicy([], repos).isAdmin(admin)).toBe(false);
    });
  });
});
