/** Signed links and the erase token: expiry, forged or moved signatures, and tokens bound to one person. */
import { checkForgetToken, forgetToken } from '../../src/bots/shared/privacy/forget-token';
import { exportLinks, personalDataPath } from '../../src/server/personal-data.links';
import { LinkSigner, linkSecret } from '../../src/server/signed-links';
import { monthsBefore } from '../../src/domain/privacy/retention.service';

const secret = 'a'.repeat(64);
const signer = new LinkSigner(secret);
const now = new Date('2027-02-02T09:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const params = (url: string) => new URL(url).searchParams;

describe('signed links', () => {
  const path = personalDataPath('0b8a1e62-3f7e-4d7a-9c43-2f6f3c9d4e21', 'json');
  const { expires, signature } = signer.sign(path, later(60_000));

  it('accept the path they were made for, until they expire', () => {
    expect(signer.verify(path, String(expires), signature, now)).toBe('ok');
    expect(signer.verify(path, String(expires), signature, later(61_000))).toBe('expired');
  });

  it('refuse another path, another expiry, another secret or a forged signature', () => {
    expect(signer.verify(personalDataPath('eddfa9d4-346e-4cce-a18f-fa6261ad776b', 'json'), String(expires), signature, now)).toBe('invalid');
    expect(signer.verify(personalDataPath('0b8a1e62-3f7e-4d7a-9c43-2f6f3c9d4e21', 'csv'), String(expires), signature, now)).toBe('invalid');
    expect(signer.verify(path, String(expires + 3600), signature, now)).toBe('invalid');
    expect(new LinkSigner('b'.repeat(64)).verify(path, String(expires), signature, now)).toBe('invalid');
    expect(signer.verify(path, String(expires), signature.replace(/^./, (c) => (c === '0' ? '1' : '0')), now)).toBe('invalid');
    for (const bad of [undefined, ['1', '2'], '', 'x'.repeat(64), `${signature}00`]) expect(signer.verify(path, String(expires), bad, now)).toBe('invalid');
    expect(signer.verify(path, '12a', signature, now)).toBe('invalid');
  });

  it('export links: absolute, signed per format, an hour long', () => {
    const config = { OOGST_LINK_SECRET: secret, PUBLIC_BASE_URL: 'https://oogst.example.org/', HOST: '127.0.0.1', PORT: 3978 };
    const links = exportLinks(config, '0b8a1e62-3f7e-4d7a-9c43-2f6f3c9d4e21', now);
    expect(links.json).toMatch(/^https:\/\/oogst\.example\.org\/privacy\/export\/0b8a1e62-3f7e-4d7a-9c43-2f6f3c9d4e21\.json\?expires=\d+&signature=[0-9a-f]{64}$/);
    expect(params(links.json).get('signature')).not.toBe(params(links.csv).get('signature'));
    expect(links.expiresAt).toEqual(later(3_600_000));
  });

  it('without a configured secret, one random secret per process', () => {
    expect(linkSecret(undefined)).toBe(linkSecret(undefined));
    expect(linkSecret(undefined)).toHaveLength(64);
    expect(linkSecret(secret)).toBe(secret);
  });
});

describe('erase token', () => {
  const config = { OOGST_LINK_SECRET: secret };
  const person = '0b8a1e62-3f7e-4d7a-9c43-2f6f3c9d4e21';

  it('names the person it was made for, until it expires', () => {
    const token = forgetToken(config, person, later(60_000));
    expect(checkForgetToken(config, token, now)).toEqual({ result: 'ok', personId: person });
    expect(checkForgetToken(config, token, later(120_000))).toEqual({ result: 'expired', personId: person });
  });

  it('a token re-addressed to someone else, or malformed, is invalid', () => {
    const token = forgetToken(config, person, later(60_000));
    const other = token.replace(person, 'eddfa9d4-346e-4cce-a18f-fa6261ad776b');
    expect(checkForgetToken(config, other, now).result).toBe('invalid');
    for (const bad of [undefined, 42, '', 'x', `${token}.x`, { token }]) expect(checkForgetToken(config, bad, now).result).toBe('invalid');
  });
});

describe('retention period', () => {
  it('counts calendar months back, clamped to the end of a shorter month', () => {
    expect(monthsBefore(new Date('2027-03-31T03:17:00Z'), 1).toISOString()).toBe('2027-02-28T03:17:00.000Z');
    expect(monthsBefore(new Date('2027-02-02T09:00:00Z'), 24).toISOString()).toBe('2025-02-02T09:00:00.000Z');
    expect(monthsBefore(new Date('2028-02-29T00:00:00Z'), 12).toISOString()).toBe('2027-02-28T00:00:00.000Z');
  });
});
