/**
 * The playground relay without a browser: the Direct Line 3.0 REST protocol as Web Chat uses it (tokens,
 * conversations, echo, watermarks, errors), and the Teams side: text becomes a Teams channel message through the
 * real /api/messages, card actions become Action.Submit messages or adaptiveCard/action invokes, and what the bot
 * sends back (posts, replies, updates) comes back into the right Direct Line conversations.
 */
import { ACTIONS } from '../../src/cards';
import { actionsOf, cardOf, cardText, DirectLineTestClient, DlActivity, PlaygroundTestApp, startPlaygroundApp } from './support/playground-app';

const STAD = 'samen-opleiden-stad-streek';
const SANNE = { persona: 'sanne-de-vries', channel: STAD } as const; // coordinator
const AHMED = { persona: 'ahmed-el-amrani', channel: STAD } as const; // member
const CONFIRMED = /Dank je!|Je hebt deze vraag beantwoord|Je antwoord is bijgewerkt/;

let t: PlaygroundTestApp;
let base: string;

beforeAll(async () => {
  t = await startPlaygroundApp();
  base = t.app.url;
});

afterAll(async () => {
  await t?.stop();
});

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, any> });
const dl = (path: string, init: RequestInit = {}) => fetch(`${base}/playground/directline${path}`, init);
const isPromptCard = (a: DlActivity) => a.type === 'message' && JSON.stringify(cardOf(a) ?? {}).includes('"id":"score"');
const submitAction = (a: DlActivity) => actionsOf(cardOf(a)).find((action) => (action.data as Record<string, unknown> | undefined)?.action === ACTIONS.submitAnswer)!;

async function answersOf(email: string) {
  return t.app.db.prisma.answer.findMany({ where: { person: { email } }, include: { prompt: true }, orderBy: { updatedAt: 'desc' } });
}

describe('the page', () => {
  it('serves the page, Web Chat from node_modules, and the config the picker needs', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/playground/webchat.js');
    const bundle = await fetch(`${base}/playground/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect(Number(bundle.headers.get('content-length'))).toBeGreaterThan(1_000_000);
    const { body: config } = await json(await fetch(`${base}/playground/config`));
    expect(config.channels).toHaveLength(4);
    expect(config.people.find((p: { slug: string }) => p.slug === 'sanne-de-vries').seats).toEqual([{ channel: STAD, role: 'coordinator' }]);
    expect(config.commands.map((c: { text: string }) => c.text)).toEqual(['help', 'status', 'vraag nu', 'mijn antwoorden', 'ritme']);
    // Sanne leads no region: no digest link, so the page shows no slot.
    expect(config.links).toEqual([]);
  });

  it('offers a regional lead the latest digest report of each region they lead, at a signed link that opens', async () => {
    const lead = await json(await fetch(`${base}/playground/config?persona=marieke-visser&channel=${STAD}`));
    expect(lead.body.links).toEqual([expect.objectContaining({ label: expect.stringMatching(/^Laatste digest: /), href: expect.stringMatching(/^\/digest\/[^/]+\/\d{4}-\d{2}-\d{2}\/report\.nl\.html\?expires=\d+&signature=[0-9a-f]+$/) })]);
    const report = await fetch(`${base}${lead.body.links[0].href}`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toMatch(/text\/html/);
    expect(await report.text()).toContain(lead.body.links[0].label.replace('Laatste digest: ', '').replace('&', '&amp;'));
    const forged = await fetch(`${base}${lead.body.links[0].href.replace(/signature=[0-9a-f]/, 'signature=0')}`);
    expect(forged.status).toBe(403);
  });

  it('shows a link once a feature registers one for the chosen person', async () => {
    t.app.playground!.handle.links.register(({ persona }) => (persona.seats.some((s) => s.role === 'lead') ? [{ label: 'Laatste digest', href: '/digest/latest' }] : []));
    const lead = await json(await fetch(`${base}/playground/config?persona=marieke-visser&channel=${STAD}`));
    expect(lead.body.links).toContainEqual({ label: 'Laatste digest', href: '/digest/latest' });
    const member = await json(await fetch(`${base}/playground/config?persona=ahmed-el-amrani&channel=${STAD}`));
    expect(member.body.links).toEqual([]);
  });
});

describe('Direct Line 3.0 protocol', () => {
  it('hands out a token per conversation and checks it on every call', async () => {
    const bad = await json(await dl('/tokens/generate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'nobody', channel: STAD }) }));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'BadArgument' });
    const notSeated = await dl('/tokens/generate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'jeroen-smit', channel: STAD }) });
    expect(notSeated.status).toBe(400);

    const generated = await json(await dl('/tokens/generate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(AHMED) }));
    expect(generated.status).toBe(200);
    const { conversationId, token } = generated.body;
    expect(generated.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 3600 });
    const auth = { authorization: `Bearer ${token}` };

    expect((await dl('/conversations', { method: 'POST' })).status).toBe(403);
    expect((await dl('/conversations', { method: 'POST', headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
    const started = await json(await dl('/conversations', { method: 'POST', headers: auth }));
    expect(started).toEqual({ status: 201, body: { conversationId, token, expires_in: 3600 } });
    expect((await dl('/conversations', { method: 'POST', headers: auth })).status).toBe(200);
    expect((await json(await dl('/tokens/refresh', { method: 'POST', headers: auth }))).body.token).toBe(token);
    expect((await json(await dl(`/conversations/${conversationId}?watermark=0`, { headers: auth }))).body.conversationId).toBe(conversationId);

    expect((await dl(`/conversations/${conversationId}/activities`)).status).toBe(403);
    expect((await dl('/conversations/pg-unknown/activities', { headers: auth })).status).toBe(404);
    const files = await dl(`/conversations/${conversationId}/activities`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', attachments: [{ contentType: 'image/png' }] }),
    });
    expect(files.status).toBe(400);
  });

  it('echoes the sent activity (with its clientActivityID) before the bot answers, and pages by watermark', async () => {
    const client = await DirectLineTestClient.open(base, SANNE);
    expect(await client.poll()).toEqual([]);
    expect(client.watermark).toBe('0');
    const sent = await client.post({ text: 'help' });
    expect(sent.status).toBe(200);
    const [echo, reply, ...rest] = await client.poll();
    expect(rest).toEqual([]);
    expect(echo).toMatchObject({ id: sent.id, type: 'message', text: 'help', from: { role: 'user' }, channelData: { clientActivityID: sent.clientActivityID } });
    expect(reply.from).toMatchObject({ role: 'bot', name: 'Oogst' });
    expect(cardText(reply)).toContain('Hoi! Ik ben Oogst');
    expect(client.watermark).toBe('2');
    expect(await client.poll()).toEqual([]);
    // A client that lost its place (or sends garbage) reads from the start.
    const again = await json(await dl(`/conversations/${client.conversationId}/activities?watermark=abc`, { headers: { authorization: `Bearer ${client.token}` } }));
    expect(again.body.activities.map((a: DlActivity) => a.id)).toEqual([echo.id, reply.id]);
    expect(again.body.watermark).toBe('2');
  });
});

describe('the Teams side of the relay', () => {
  it('rewrites card buttons so Web Chat can send them, and a command button runs the command', async () => {
    const client = await DirectLineTestClient.open(base, SANNE);
    await client.post({ text: 'help' });
    const help = await client.waitFor((a) => a.from.role === 'bot' && cardText(a).includes('Hoi! Ik ben Oogst'));
    const actions = actionsOf(cardOf(help));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a) => a.type === 'Action.Submit' && typeof (a.data as Record<string, unknown>).__playground === 'string')).toBe(true);
    await client.post({ value: actions[0].data, channelData: { postBack: true } });
    await client.waitFor((a) => a.from.role === 'bot' && /Zo staat het ervoor/.test(cardText(a)));
  });

  it('coordinator: "vraag nu kwaliteit" posts the prompt card; Execute submits are invokes; the answer is stored; invalid input shows errors', async () => {
    const client = await DirectLineTestClient.open(base, SANNE);
    await client.post({ text: 'vraag nu kwaliteit' });
    const prompt = await client.waitFor(isPromptCard);
    const card = cardOf(prompt)!;
    expect(cardText(prompt)).toContain('Kwaliteit');
    expect(card.refresh).toBeUndefined(); // the relay performs refresh itself
    expect(actionsOf(card).map((a) => a.type)).not.toContain('Action.Execute');
    const submit = submitAction(prompt);
    expect(submit.type).toBe('Action.Submit');

    const value = { ...(submit.data as object), score: '4', keyword: 'kompas', scenario: 'In deze Onderwijsregio ijken we samen.', shareAnonymously: 'true' };
    await client.post({ value });
    // The card is replaced in place: the same Direct Line id comes again, now with the confirmation.
    const confirmed = await client.waitFor((a) => a.id === prompt.id && CONFIRMED.test(cardText(a)));
    expect(confirmed.timestamp).toBe(prompt.timestamp);
    const [stored] = await answersOf('sanne.devries@stadstreek.example');
    expect(stored).toMatchObject({ score: 4, keyword: 'kompas', shareAnonymously: true, prompt: { focusCode: 'kwaliteit' } });

    await client.post({ value: { ...value, keyword: 'x'.repeat(120) } });
    await client.waitFor((a) => a.id === prompt.id && /te lang: maximaal 80 tekens, nu 120/.test(cardText(a)));
    expect((await answersOf('sanne.devries@stadstreek.example'))[0].keyword).toBe('kompas');
  });

  it('member: sees the channel history, answers with an older client (Action.Submit) and gets a thread reply', async () => {
    const client = await DirectLineTestClient.open(base, { ...AHMED, cardActions: 'submit' });
    const prompt = await client.waitFor(isPromptCard);
    expect(client.seen.some((a) => a.from.role === 'channel' && a.text === '**Sanne de Vries:** vraag nu kwaliteit')).toBe(true);
    // Ahmed has not answered: his view carries no confirmation.
    expect(CONFIRMED.test(cardText(prompt))).toBe(false);
    const submit = submitAction(prompt);
    expect(actionsOf(cardOf(prompt)).some((a) => a.type === 'Action.Execute')).toBe(false);
    await client.post({ value: { ...(submit.data as object), score: '3' } });
    const reply = await client.waitFor((a) => a.id !== prompt.id && /Dank je!/.test(cardText(a)));
    expect(reply.from.role).toBe('bot');
    const [stored] = await answersOf('ahmed.elamrani@stadstreek.example');
    expect(stored).toMatchObject({ score: 3, prompt: { focusCode: 'kwaliteit' } });
  });

  it('a channel view shows what others type there, live', async () => {
    const watcher = await DirectLineTestClient.open(base, AHMED);
    await watcher.waitFor(isPromptCard);
    const sanne = await DirectLineTestClient.open(base, SANNE);
    await sanne.post({ text: 'status' });
    await watcher.waitFor((a) => a.from.role === 'channel' && a.text === '**Sanne de Vries:** status');
    await watcher.waitFor((a) => /Zo staat het ervoor/.test(cardText(a)));
  });

  it('personal chat: the welcome on first visit, and "mijn antwoorden" lists the demo history', async () => {
    const client = await DirectLineTestClient.open(base, { persona: 'kees-bakker', channel: STAD, place: 'personal' });
    await client.waitFor((a) => a.from.role === 'bot' && cardText(a).length > 0);
    await client.post({ text: 'mijn antwoorden' });
    await client.waitFor((a) => /Jouw antwoorden \(\d+\)/.test(cardText(a)));
  });
});

describe('the Bot Connector endpoints', () => {
  const connector = (path: string, init: RequestInit = {}) => fetch(`${base}/playground/connector/v3/conversations${path}`, init);
  const body = (value: unknown): RequestInit => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

  it('create the personal chat of a demo person, and refuse anything else', async () => {
    const created = await json(await connector('', { method: 'POST', ...body({ isGroup: false, members: [{ id: '29:playground-kees-bakker' }] }) }));
    expect(created).toEqual({ status: 201, body: { id: 'a:playground-kees-bakker', activityId: '', serviceUrl: `${base}/playground/connector/` } });
    expect((await connector('', { method: 'POST', ...body({ members: [{ id: '29:someone-else' }] }) })).status).toBe(400);
  });

  it('answer member look-ups for the people of a channel', async () => {
    const channel = encodeURIComponent('19:playground-samen-opleiden-stad-streek@thread.tacv2');
    const found = await json(await connector(`/${channel}/members/playground-ahmed-el-amrani`));
    expect(found.body).toMatchObject({ id: '29:playground-ahmed-el-amrani', name: 'Ahmed El Amrani', aadObjectId: 'playground-ahmed-el-amrani' });
    expect((await connector(`/${channel}/members/playground-jeroen-smit`)).status).toBe(404);
  });

  it('accept an update of a message the relay never saw (after a restart) as a new message', async () => {
    const channel = encodeURIComponent('19:playground-samen-opleiden-stad-streek@thread.tacv2');
    const updated = await json(await connector(`/${channel}/activities/123`, { method: 'PUT', ...body({ type: 'message', text: 'bijgewerkt' }) }));
    expect(updated).toEqual({ status: 200, body: { id: '123' } });
  });
});
