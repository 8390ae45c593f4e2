/**
 * When the playground runs and who it answers: off with platform credentials unless explicitly enabled, on by
 * default only for `npm start` in local mode, and only for requests from this machine.
 */
import { networkInterfaces } from 'node:os';
import { Request, Response } from 'express';
import { loadConfig } from '../../src/config';
import { isLoopbackAddress, loopbackOnly } from '../../src/playground/loopback.guard';
import { playgroundMode } from '../../src/playground/playground-mode';
import { DirectLineTestClient, startPlaygroundApp } from './support/playground-app';

describe('playgroundMode', () => {
  const mode = (env: Record<string, string>, auto = true) => playgroundMode(loadConfig(env), auto);

  it.each([
    [{}, true, true, 'local mode'],
    [{}, false, false, 'not started by npm start'],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' }, true, false, 'platform credentials configured'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, true, false, 'platform credentials configured'],
    [{ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' }, true, false, 'platform credentials configured'],
    [{ SLACK_CLIENT_ID: 'c', SLACK_CLIENT_SECRET: 'd', SLACK_STATE_SECRET: 'e', SLACK_SIGNING_SECRET: 's' }, true, false, 'platform credentials configured'],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', PLAYGROUND_ENABLED: 'true' }, true, true, 'explicitly enabled'],
    [{ PLAYGROUND_ENABLED: 'true' }, false, true, 'explicitly enabled'],
    [{ PLAYGROUND_ENABLED: 'false' }, true, false, 'explicitly disabled'],
  ])('%j (auto %s) -> on: %s', (env, auto, enabled, reason) => {
    expect(mode(env, auto)).toEqual({ enabled, reason });
  });

  it('names the variable when PLAYGROUND_ENABLED is not a yes/no', () => {
    expect(() => loadConfig({ PLAYGROUND_ENABLED: 'misschien' })).toThrow(/PLAYGROUND_ENABLED: must be true or false/);
    expect(() => loadConfig({ PLAYGROUND_ALLOW_REMOTE: 'soms' })).toThrow(/PLAYGROUND_ALLOW_REMOTE/);
  });
});

describe('the playground with platform credentials', () => {
  const credentials = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' };

  it('is on under npm start without them', async () => {
    const t = await startPlaygroundApp({ PLAYGROUND_ENABLED: '' }, { auto: true });
    try {
      expect(t.app.playground?.url).toBe(`${t.app.url}/`);
      expect((await fetch(`${t.app.url}/`)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });

  it('is off under npm start: no page, no relay, no demo people', async () => {
    const t = await startPlaygroundApp({ ...credentials, PLAYGROUND_ENABLED: '' }, { auto: true });
    try {
      expect(t.app.playground).toBeUndefined();
      expect((await fetch(`${t.app.url}/`)).status).toBe(404);
      expect((await fetch(`${t.app.url}/playground/config`)).status).toBe(404);
      expect(await t.app.db.prisma.person.count()).toBe(0);
    } finally {
      await t.stop();
    }
  });

  it('runs when explicitly enabled, and says plainly that the authenticated endpoint refuses it', async () => {
    const t = await startPlaygroundApp({ ...credentials, PLAYGROUND_ENABLED: 'true' });
    try {
      expect((await fetch(`${t.app.url}/`)).status).toBe(200);
      const client = await DirectLineTestClient.open(t.app.url, { persona: 'sanne-de-vries', channel: 'samen-opleiden-stad-streek' });
      await client.post({ text: 'help' });
      await client.waitFor((a) => /Oogst weigerde het bericht \(401\)/.test(a.text ?? ''));
      expect(t.logs.join('\n')).toContain('playground on with MicrosoftAppId set');
    } finally {
      await t.stop();
    }
  });
});

describe('loopback only', () => {
  it.each([
    ['127.0.0.1', true], ['127.4.5.6', true], ['::1', true], ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false], ['::ffff:10.0.0.1', false], ['192.168.1.2', false], ['fe80::1', false], ['::', false], ['1127.0.0.1', false], [undefined, false],
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  it('refuses a remote peer unless PLAYGROUND_ALLOW_REMOTE is set, whatever the headers say', () => {
    const request = { socket: { remoteAddress: '203.0.113.7' }, headers: { 'x-forwarded-for': '127.0.0.1', host: 'localhost' } } as unknown as Request;
    const status = jest.fn().mockReturnThis();
    const response = { status, json: jest.fn() } as unknown as Response;
    const next = jest.fn();
    loopbackOnly({ allowRemote: false })(request, response, next);
    expect(status).toHaveBeenCalledWith(403);
    expect(next).not.toHaveBeenCalled();
    loopbackOnly({ allowRemote: true })(request, response, next);
    expect(next).toHaveBeenCalled();
  });

  // A real request from another address needs a non-loopback interface; CI containers have one.
  const lan = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  (lan ? it : it.skip)(`answers 403 to a request over ${lan ?? 'a non-loopback interface'}, while /healthz still answers`, async () => {
    const t = await startPlaygroundApp({ HOST: '0.0.0.0' });
    try {
      const port = new URL(t.app.url).port;
      for (const path of ['/', '/playground/config', '/playground/webchat.js']) expect((await fetch(`http://${lan}:${port}${path}`)).status).toBe(403);
      const generate = await fetch(`http://${lan}:${port}/playground/directline/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(generate.status).toBe(403);
      expect((await fetch(`http://${lan}:${port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });
});
