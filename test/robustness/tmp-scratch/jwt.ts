import { createSign, generateKeyPairSync, createHmac } from 'node:crypto';
import { createWorld } from '../support/robustness-world';
import { channelMessage } from '../../bots/teams/fixtures/teams-activities';
const b64 = (o: unknown) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
(async () => {
  const world = await createWorld('sqlite', { MicrosoftAppId: '00000000-0000-0000-0000-0000000000aa', MicrosoftAppPassword: 'secret-x' });
  const server = await world.start();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-0000000000aa', serviceurl: world.connector.url, nbf: now - 10, exp: now + 3600 };
  const rs = (c: object, kid = 'unknown-key') => { const h = b64({ alg: 'RS256', typ: 'JWT', kid }); const p = b64(c); const s = createSign('RSA-SHA256').update(`${h}.${p}`).sign(privateKey).toString('base64url'); return `${h}.${p}.${s}`; };
  const tokens: Record<string, string> = {
    none: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
    hs256: (() => { const h = b64({ alg: 'HS256', typ: 'JWT' }); const p = b64(claims); return `${h}.${p}.${createHmac('sha256', 'secret-x').update(`${h}.${p}`).digest('base64url')}`; })(),
    rs256unknown: rs(claims),
    expired: rs({ ...claims, exp: now - 3600, nbf: now - 7200 }),
    wrongAud: rs({ ...claims, aud: 'someone-else' }),
  };
  for (const [name, token] of Object.entries(tokens)) {
    const t0 = Date.now();
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(channelMessage({ serviceUrl: world.connector.url, channel: world.a.teamsChannel, user: world.a.teamsCoordinator }, 'status')) });
    console.log(name, res.status, await res.text(), Date.now() - t0, 'ms');
  }
  console.log(server.errorLines().map((l) => l.slice(0, 300)));
  await world.stop();
})();
