/** The Events API envelope (team, enterprise, event id) checked once for every event listener. */
import { eventEnvelopeSchema, issuesOf } from '../../slack-payloads.schema';
import { Logger } from '../../../../shared/logger';

export interface EventEnvelope { teamId: string; enterpriseId?: string; eventId: string }

export function readEnvelope(body: unknown, log: Logger): EventEnvelope | undefined {
  const parsed = eventEnvelopeSchema.safeParse(body);
  if (!parsed.success) {
    log.warn({ issues: issuesOf(parsed.error) }, 'malformed Slack event envelope');
    return undefined;
  }
  return { teamId: parsed.data.team_id, enterpriseId: parsed.data.enterprise_id ?? undefined, eventId: parsed.data.event_id };
}
