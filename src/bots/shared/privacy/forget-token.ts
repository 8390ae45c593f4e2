/**
 * The token on the "vergeet mij" buttons: the person id and an expiry, signed like a link (HMAC-SHA256 with
 * OOGST_LINK_SECRET over "/forget/<person id>" and the expiry). When a button comes back the token must verify,
 * must not have expired, and must name the person who clicked: a forwarded card or a crafted payload erases nothing.
 */
import { z } from 'zod';
import { FORGET_TOKEN_MINUTES } from '../../../domain/privacy/privacy-facts';
import { LinkCheck, linkSigner } from '../../../server/signed-links';

export const FORGET_TOKEN_TTL_MS = FORGET_TOKEN_MINUTES * 60 * 1000;

const tokenSchema = z.string().max(200).regex(/^[0-9a-f-]{36}\.\d{1,12}\.[0-9a-f]{64}$/);
const forgetPath = (personId: string) => `/forget/${personId}`;

export function forgetToken(config: { OOGST_LINK_SECRET?: string }, personId: string, expiresAt: Date): string {
  const { expires, signature } = linkSigner(config).sign(forgetPath(personId), expiresAt);
  return `${personId}.${expires}.${signature}`;
}

export type TokenCheck = { result: LinkCheck; personId?: string };

/** The person the token was made for, when it verifies; `invalid` for anything malformed or forged. */
export function checkForgetToken(config: { OOGST_LINK_SECRET?: string }, token: unknown, now: Date): TokenCheck {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return { result: 'invalid' };
  const [personId, expires, signature] = parsed.data.split('.');
  const result = linkSigner(config).verify(forgetPath(personId), expires, signature, now);
  return result === 'invalid' ? { result } : { result, personId };
}
