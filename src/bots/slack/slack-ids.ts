/**
 * Slack's ids (T..., U..., C..., E...) are short printable ASCII. Ids that come back to us in our own modal
 * metadata are checked the same way as ids in Slack's payloads: a NUL in one would reach the database, where
 * PostgreSQL refuses it (and nothing Slack sent contains one).
 */
import { z } from 'zod';

export const slackIdSchema = z.string().trim().min(1).max(64).regex(/^[\x21-\x7e]+$/, 'not a Slack id');
