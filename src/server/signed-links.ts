/**
 * Signed, expiring links: HMAC-SHA256 over the path and the expiry time, keyed with OOGST_LINK_SECRET. A link
 * carries `?expires=<unix seconds>&signature=<hex>`; changing the path, the expiry or the signature breaks it,
 * and it stops working at the expiry. Without a configured secret a random one is made per process (links then
 * die with a restart and do not work across instances; the app logs a warning at start).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type LinkCheck = 'ok' | 'expired' | 'invalid';

export interface SignedParams { expires: number; signature: string }

let processSecret: string | undefined;

/** The configured secret, or one random secret for the lifetime of this process. */
export function linkSecret(configured: string | undefined): string {
  if (configured) return configured;
  processSecret ??= randomBytes(32).toString('hex');
  return processSecret;
}

export class LinkSigner {
  constructor(private readonly secret: string) {}

  private mac(path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expires}`).digest('hex');
  }

  sign(path: string, expiresAt: Date): SignedParams {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    return { expires, signature: this.mac(path, expires) };
  }

  /** The path with its signature as query parameters. */
  signedPath(path: string, expiresAt: Date): string {
    const { expires, signature } = this.sign(path, expiresAt);
    return `${path}?expires=${expires}&signature=${signature}`;
  }

  /** Checks a link as it came back; parameters are untrusted input (any type, any length). */
  verify(path: string, expires: unknown, signature: unknown, now: Date): LinkCheck {
    if (typeof expires !== 'string' || !/^\d{1,12}$/.test(expires) || typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return 'invalid';
    const expected = Buffer.from(this.mac(path, Number(expires)), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'invalid';
    return Number(expires) * 1000 > now.getTime() ? 'ok' : 'expired';
  }
}

/** The signer for this configuration. */
export function linkSigner(config: { OOGST_LINK_SECRET?: string }): LinkSigner {
  return new LinkSigner(linkSecret(config.OOGST_LINK_SECRET));
}

/** An absolute URL for a path: PUBLIC_BASE_URL when set, else this machine (local mode). */
export function publicUrl(config: { PUBLIC_BASE_URL?: string; HOST: string; PORT: number }, pathAndQuery: string): string {
  const base = config.PUBLIC_BASE_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  return `${base.replace(/\/+$/, '')}${pathAndQuery}`;
}
