/**
 * zod schemas for the parts of Slack payloads Oogst reads (shapes from api.slack.com). Bolt has checked the
 * signature; these check the structure, so a malformed payload gets a clear answer and changes nothing.
 */
import { z } from 'zod';
import { wellFormed } from '../../domain/text/normalize';
import { slackIdSchema } from './slack-ids';

/** Slack's ids (T..., U..., C..., trigger ids) are printable ASCII; anything else did not come from Slack. */
const id = slackIdSchema;
/**
 * Free text as people type it, made well-formed: a lone UTF-16 surrogate cannot be URL-encoded (the Web API
 * client then throws URIError on any reply that quotes it) nor stored as valid UTF-8.
 */
const freeText = (max: number) => z.string().max(max).transform(wellFormed);
const triggerId = z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/, 'not a trigger id');

export const commandSchema = z.object({
  team_id: id,
  enterprise_id: id.optional().or(z.literal('')),
  channel_id: id,
  channel_name: freeText(200).optional(),
  user_id: id,
  user_name: freeText(200).optional(),
  text: freeText(4000).default(''),
  trigger_id: triggerId,
  /** Where the answer goes; Slack always sends one (https://hooks.slack.com/commands/...). */
  response_url: z.url({ protocol: /^https?$/ }).max(2000),
});

export const messageEventSchema = z.object({
  user: id,
  text: freeText(40_000).default(''),
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

const interactionUser = z.object({ id, username: freeText(200).optional(), name: freeText(200).optional(), team_id: id.optional() });
const team = z.object({ id, enterprise_id: id.optional() }).nullable().optional();
const enterprise = z.object({ id }).nullable().optional();

export const blockActionSchema = z.object({
  user: interactionUser,
  team,
  enterprise,
  channel: z.object({ id, name: freeText(200).optional() }).optional(),
  container: z.object({ type: z.string() }).passthrough().optional(),
  trigger_id: triggerId,
});

export const buttonValueSchema = z.object({ action_id: z.string(), value: freeText(2000).pipe(z.string().min(1)) });

export const viewSubmissionSchema = z.object({
  user: interactionUser,
  team,
  enterprise,
  view: z.object({
    /** The modal's id: the same when the person submits the same modal again (after Slack gave up waiting). */
    id: id.optional(),
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
