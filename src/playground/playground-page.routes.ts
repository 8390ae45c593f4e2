/**
 * The page: GET / serves static/index.html, its script and style, the official Web Chat bundle straight from
 * node_modules (no CDN, no build step), and /playground/config with the people, channels, command buttons and
 * links the page offers.
 */
import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Logger } from '../shared/logger';
import { projectRoot } from '../storage/project-root';
import { PlaygroundChannel, PlaygroundPersona } from './personas';
import { PlaygroundLinks } from './playground-links';

/** The buttons under the chat: the commands people try first. The text is what the button sends. */
export const COMMAND_BUTTONS = [
  { label: 'help', text: 'help' },
  { label: 'status', text: 'status' },
  { label: 'vraag nu', text: 'vraag nu' },
  { label: 'mijn antwoorden', text: 'mijn antwoorden' },
  { label: 'ritme', text: 'ritme' },
] as const;

/** The static files live beside the sources; compiled code (dist/src/...) still serves them from src/. */
export function staticDir(): string {
  return path.join(projectRoot(), 'src', 'playground', 'static');
}

/** dist/webchat.js of botframework-webchat (its package "exports" hide the file from require.resolve). */
export function webChatBundle(): string {
  let dir = path.dirname(require.resolve('botframework-webchat'));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'webchat.js');
}

export function pageRouter(people: PlaygroundPersona[], channels: PlaygroundChannel[], links: PlaygroundLinks, log: Logger): Router {
  const router = Router();
  const root = staticDir();
  router.get('/', (_req, res) => res.sendFile(path.join(root, 'index.html')));
  router.use('/playground/static', express.static(root, { index: false, maxAge: 0 }));
  // Cached for a day: 3.9 MB that only changes with the package version.
  router.get('/playground/webchat.js', (_req, res) => res.sendFile(webChatBundle(), { maxAge: 24 * 60 * 60 * 1000 }));

  router.get('/playground/config', async (req, res) => {
    const persona = people.find((p) => p.slug === req.query.persona);
    const channel = channels.find((c) => c.slug === req.query.channel);
    const found = persona && channel ? await links.for({ persona, channel }, (error) => log.warn({ err: String(error) }, 'playground: a link source failed')) : [];
    res.json({
      bot: { name: 'Oogst' },
      channels: channels.map((c) => ({ slug: c.slug, name: c.partnershipName })),
      people: people.map((p) => ({ slug: p.slug, name: p.displayName, locale: p.locale, userId: p.teamsUserId, seats: p.seats })),
      commands: COMMAND_BUTTONS,
      links: found,
    });
  });
  return router;
}
