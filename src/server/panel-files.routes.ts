/**
 * Files behind signed, expiring links: the three-circle picture as SVG or PNG, and a dialogue's iCalendar invite.
 * A link is its own permission (it was handed out in the partnership's channel); a wrong or altered signature
 * gets 403, an expired one 410, and nothing is read from the database before the signature holds.
 */
import { Response, Router } from 'express';
import { circlesDiagramSvg } from '../cards';
import { diagramViewModel } from '../bots/shared/circles-diagram.presenter';
import { Config } from '../config';
import { dialogueInviteIcs, ICS_CONTENT_TYPE } from '../domain/dialogues/dialogue-invite.ics';
import type { Clock } from '../domain/ports';
import type { Services } from '../domain/services';
import { Logger } from '../shared/logger';
import { diagramPath, invitePath, type DiagramFormat } from './panel-files.links';
import { linkSigner } from './signed-links';
import { svgToPng } from './svg-png';

export interface PanelFileDeps { config: Config; services: Services; clock: Clock; log: Logger }

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEADERS = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' };

function refuse(res: Response, status: 403 | 404 | 410): void {
  const text = status === 410 ? 'Deze link is verlopen. / This link has expired.' : status === 404 ? 'Niet gevonden. / Not found.' : 'Deze link is niet geldig. / This link is not valid.';
  res.status(status).set(HEADERS).type('text/plain').send(text);
}

export function panelFilesRoutes(deps: PanelFileDeps): Router {
  const router = Router();
  const signer = linkSigner(deps.config);
  const locale = deps.config.OOGST_DEFAULT_LOCALE;
  const checked = (res: Response, path: string, query: Record<string, unknown>): boolean => {
    const check = signer.verify(path, query.expires, query.signature, deps.clock.now());
    if (check === 'ok') return true;
    deps.log.info({ check, kind: path.split('/')[2] }, 'files: signed link refused');
    refuse(res, check === 'expired' ? 410 : 403);
    return false;
  };

  router.get('/files/circles/:id/diagram.:format', async (req, res, next) => {
    try {
      const id = String(req.params.id);
      const format = String(req.params.format);
      if (!ID.test(id) || (format !== 'png' && format !== 'svg')) return refuse(res, 404);
      if (!checked(res, diagramPath(id, format as DiagramFormat), req.query)) return;
      const state = await deps.services.circles.stateById(id);
      if (!state) return refuse(res, 404);
      const svg = circlesDiagramSvg(diagramViewModel(state, locale));
      if (format === 'svg') return void res.set(HEADERS).type('image/svg+xml').send(svg);
      res.set(HEADERS).type('image/png').send(svgToPng(svg));
    } catch (error) {
      next(error);
    }
  });

  router.get('/files/dialogues/:id/invite.ics', async (req, res, next) => {
    try {
      const id = String(req.params.id);
      if (!ID.test(id)) return refuse(res, 404);
      if (!checked(res, invitePath(id), req.query)) return;
      const dialogue = await deps.services.dialogues.findById(id);
      if (!dialogue) return refuse(res, 404);
      const host = deps.config.PUBLIC_BASE_URL ? new URL(deps.config.PUBLIC_BASE_URL).hostname : 'oogst.invalid';
      const ics = dialogueInviteIcs(dialogue, { locale, now: deps.clock.now(), fallbackOrganizerEmail: `noreply@${host}` });
      res.set({ ...HEADERS, 'Content-Disposition': `attachment; filename="dialoogtafel-${dialogue.number}.ics"` }).type(ICS_CONTENT_TYPE).send(ics);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
