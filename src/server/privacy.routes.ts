/**
 * The privacy pages and the personal data downloads:
 *   GET /privacy, /voorwaarden     the privacy statement and the terms (plain, print-friendly HTML)
 *   GET /privacy/export/<id>.json|csv?expires=&signature=   everything stored about one person
 * A download must carry a valid, unexpired signature over its path (see personal-data.links.ts); the data is
 * read at that moment, so after "vergeet mij" the same link shows empty sections: the erasure, verified.
 */
import { Response, Router } from 'express';
import { Config } from '../config';
import { exportToCsv, exportToJson } from '../domain/privacy/export-format';
import { FORGET_TOKEN_MINUTES } from '../domain/privacy/privacy-facts';
import type { Clock } from '../domain/ports';
import { SUMMARY_MIN_GROUP } from '../domain/rhythm/closing-summary';
import type { PrivacyService } from '../domain/privacy/privacy.service';
import { Logger } from '../shared/logger';
import { EXPORT_LINK_TTL_MS, ExportFormat, personalDataPath } from './personal-data.links';
import { privacyPage } from './privacy-page.html';
import { renderPage } from './privacy-page.layout';
import { linkSigner } from './signed-links';
import { termsPage } from './terms-page.html';

export interface PrivacyRouteDeps { config: Config; privacy: PrivacyService; clock: Clock; log: Logger }

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(json|csv)$/;
// Signed links must not leak through a Referer header, a cache or a search engine.
const PRIVATE_HEADERS = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' };

function refuse(res: Response, status: 403 | 404 | 410): void {
  const nl = status === 410 ? 'Deze link is verlopen. Typ "mijn gegevens" in de chat voor een nieuwe.' : 'Deze link is niet geldig.';
  const en = status === 410 ? 'This link has expired. Type "my data" in the chat for a new one.' : 'This link is not valid.';
  res.status(status).set(PRIVATE_HEADERS).type('html').send(renderPage('Oogst', [{ lang: 'nl', html: `<p>${nl}</p>` }, { lang: 'en', id: 'english', html: `<p>${en}</p>` }], ''));
}

export function privacyRoutes(deps: PrivacyRouteDeps): Router {
  const router = Router();
  const signer = linkSigner(deps.config);
  const facts = { retentionMonths: deps.config.OOGST_RETENTION_MONTHS, minGroup: SUMMARY_MIN_GROUP, exportLinkMinutes: EXPORT_LINK_TTL_MS / 60_000, confirmMinutes: FORGET_TOKEN_MINUTES };
  router.get('/privacy', (_req, res) => void res.type('html').send(privacyPage(facts)));
  router.get(['/voorwaarden', '/terms'], (_req, res) => void res.type('html').send(termsPage()));
  router.get('/privacy/export/:file', async (req, res, next) => {
    try {
      const match = FILE.exec(String(req.params.file));
      if (!match) return refuse(res, 404);
      const [, personId, format] = match as unknown as [string, string, ExportFormat];
      const check = signer.verify(personalDataPath(personId, format), req.query.expires, req.query.signature, deps.clock.now());
      if (check !== 'ok') {
        deps.log.info({ check }, 'privacy: export link refused');
        return refuse(res, check === 'expired' ? 410 : 403);
      }
      const data = await deps.privacy.collect(personId);
      const day = data.generatedAt.slice(0, 10);
      res.status(200).set({ ...PRIVATE_HEADERS, 'Content-Disposition': `attachment; filename="oogst-mijn-gegevens-${day}.${format}"` });
      if (format === 'json') res.type('application/json; charset=utf-8').send(exportToJson(data));
      else res.type('text/csv; charset=utf-8').send(exportToCsv(data));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
