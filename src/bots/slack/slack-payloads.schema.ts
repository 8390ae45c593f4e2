/**
 * zod schemas for the parts of Slack payloads Oogst reads (shapes from api.slack.com). Bolt has checked the
 * signature; these check the structure, so a malformed payload gets a clear answer and changes nothing.
 */
import { z } from 'zod';

const id = z.string().trim().min(1).max(64);

export const commandSchema = z.object({
  team_id: id,
  enterprise_id: id.optional().or(z.literal('')),
  channel_id: id,
  channel_name: z.string().max(200).optional(),
  user_id: id,
  user_name: z.string().max(200).optional(),
  text: z.string().max(4000).default(''),
  trigger_id: z.string().min(1).max(200),
});

export const messageEventSchema = z.object({
  user: id,
  text: z.string().max(40_000).default(''),
  channel: id,
  ts: z.string().min(1).max(64),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
  channel_type: z.string().optional(),
});

export const eventEnvelopeSchema = z.object({
  team_id: id,
  enterprise_id: id.optional().nullable(),
  event_id: z.string().min(1).max(200),
});

export const memberJoinedSchema = z.object({ user: id, channel: id, team: id.optional() });
export const homeOpenedSchema = z.object({ user: id, tab: z.string().optional() });

const interactionUser = z.object({ id, username: z.string().optional(), name: z.string().optional(), team_id: id.optional() });
const team = z.object({ id, enterprise_id: id.optional() }).nullable().optional();
const enterprise = z.object({ id }).nullable().optional();

export const blockActionSchema = z.object({
  user: interactionUser,
  team,
  enterprise,
  channel: z.object({ id, name: z.string().optional() }).optional(),
  container: z.object({ type: z.string() }).passthrough().optional(),
  trigger_id: z.string().min(1).max(200),
});

export const buttonValueSchema = z.object({ action_id: z.string(), value: z.string().min(1).max(2000) });

export const viewSubmissionSchema = z.object({
  user: interactionUser,
  team,
  enterprise,
  view: z.object({
    callback_id: z.string(),
    private_metadata: z.string().max(3000),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }),
  }),
});

/** Team id of an interaction: `team` is null for org-wide installs, then the user's team id tells. */
export function interactionTeamId(body: { team?: { id: string } | null; user: { team_id?: string } }): string | undefined {
  return body.team?.id ?? body.user.team_id;
}

/** A readable one-line summary of what was wrong, for logs (never the payload itself). */
export function issuesOf(error: z.ZodError): string {
  return error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
