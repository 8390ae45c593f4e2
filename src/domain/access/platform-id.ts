/**
 * Platform ids as people write them in OOGST_ADMINS and in the setup file:
 *   teams:<AAD object id>                  (admins only: object ids are GUIDs, unique across tenants)
 *   teams:<tenant id>:<AAD object id>
 *   slack:<team id>:<user id>              (Slack user ids are only unique within a workspace or org)
 * A Teams "29:..." channel account id is refused on purpose: it differs per bot registration, so an admin
 * listed that way would silently stop matching after a re-registration.
 */
import { Platform, PlatformUser } from '../model/records';

export interface PlatformIdRef {
  platform: Platform;
  /** Teams tenant id or Slack team id; undefined only for `teams:<object id>` (any tenant). */
  workspaceId?: string;
  userId: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLACK_TEAM = /^T[A-Z0-9]{2,}$/;
const SLACK_USER = /^[UW][A-Z0-9]{2,}$/;

export const PLATFORM_ID_FORMATS = 'teams:<AAD object id>, teams:<tenant id>:<AAD object id> or slack:<team id>:<user id>';

/** Parses one id; undefined when it does not follow one of the formats above. */
export function parsePlatformId(text: string): PlatformIdRef | undefined {
  const parts = text.trim().split(':').map((part) => part.trim());
  const platform = parts[0]?.toLowerCase();
  if (platform === 'teams') {
    // GUIDs are compared lower-case: Azure shows them in either case.
    if (parts.length === 2 && GUID.test(parts[1])) return { platform, userId: parts[1].toLowerCase() };
    if (parts.length === 3 && GUID.test(parts[1]) && GUID.test(parts[2])) {
      return { platform, workspaceId: parts[1].toLowerCase(), userId: parts[2].toLowerCase() };
    }
    return undefined;
  }
  if (platform === 'slack' && parts.length === 3) {
    const [team, user] = [parts[1].toUpperCase(), parts[2].toUpperCase()];
    return SLACK_TEAM.test(team) && SLACK_USER.test(user) ? { platform, workspaceId: team, userId: user } : undefined;
  }
  return undefined;
}

/** A comma-separated list (OOGST_ADMINS); `invalid` holds every entry that did not parse, as typed. */
export function parsePlatformIdList(text: string | undefined): { ids: PlatformIdRef[]; invalid: string[] } {
  const ids: PlatformIdRef[] = [];
  const invalid: string[] = [];
  for (const entry of (text ?? '').split(/[,;\s]+/).filter((e) => e !== '')) {
    const id = parsePlatformId(entry);
    if (id) ids.push(id);
    else invalid.push(entry);
  }
  return { ids, invalid };
}

export function formatPlatformId(id: PlatformIdRef): string {
  return [id.platform, id.workspaceId, id.userId].filter((part) => part !== undefined).join(':');
}

/** True when the id names this user; a Teams id without tenant matches the object id in any tenant. */
export function matchesPlatformId(id: PlatformIdRef, user: Pick<PlatformUser, 'platform' | 'workspaceId' | 'userId'>): boolean {
  if (id.platform !== user.platform) return false;
  const fold = (s: string) => (user.platform === 'teams' ? s.toLowerCase() : s.toUpperCase());
  if (fold(user.userId) !== id.userId) return false;
  return id.workspaceId === undefined || fold(user.workspaceId) === id.workspaceId;
}
