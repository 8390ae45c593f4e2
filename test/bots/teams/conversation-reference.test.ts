import { channelIdOf, parseStoredReference, referenceForChannel, serializeReference, tenantOf } from '../../../src/bots/teams/conversation-reference';
import { incomingActivitySchema } from '../../../src/bots/teams/activity.schema';
import { channelMessage, GENERAL, MEGAN, personalMessage, TENANT_ID } from './fixtures/teams-activities';

const serviceUrl = 'https://smba.trafficmanager.net/emea/';

describe('conversation reference for proactive posts', () => {
  const activity = incomingActivitySchema.parse(channelMessage({ serviceUrl, user: MEGAN }, 'koppel x'));

  it('points at the channel itself, not the thread, and carries no user or activity id', () => {
    const reference = referenceForChannel(activity);
    expect(reference.conversation.id).toBe(GENERAL.id);
    expect(reference).not.toHaveProperty('activityId');
    expect(reference).not.toHaveProperty('user');
    expect(reference).toMatchObject({ channelId: 'msteams', serviceUrl, bot: { id: activity.recipient.id } });
    expect(JSON.stringify(reference)).not.toContain(MEGAN.name);
  });

  it('round-trips through the database text, and refuses what is not a reference', () => {
    const reference = referenceForChannel(activity);
    expect(parseStoredReference(serializeReference(reference))).toEqual(reference);
    expect(parseStoredReference('{"channelId":"msteams"}')).toBeUndefined();
    expect(parseStoredReference('not json')).toBeUndefined();
  });

  it('finds the tenant and channel with or without channelData', () => {
    const bare = incomingActivitySchema.parse({ ...activity, channelData: undefined });
    expect(tenantOf(bare)).toBe(TENANT_ID);
    expect(channelIdOf(bare)).toBe(GENERAL.id);
    const personal = incomingActivitySchema.parse(personalMessage({ serviceUrl }, 'help'));
    expect(tenantOf(personal)).toBe(TENANT_ID);
  });
});
