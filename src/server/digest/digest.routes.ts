/**
 * The weekly digest's pages behind signed, expiring links (digest.links.ts):
 *   GET /digest/<region id>/<week>/report.<nl|en>.html          the standalone report (print to PDF)
 *   GET /digest/<region id>/<week>/<trend|focus|heatmap>.<nl|en>.png   the chart pictures chat messages show
 * A link is its own permission (a lead may forward it); a wrong or altered signature gets 403, an expired one 410,
 * and nothing is read from the database before the signature holds. Digests are kept for two minutes, so Slack
 * fetching three pictures right after a post computes the digest once.
 */
import { Response, Router } from 'express';
import { barChartSvg, heatmapSvg, lineChartSvg } from '../../cards/digest-charts.svg';
import { Config } from '../../config';
import { digestViewModel, DIGEST_HEATMAP_IMAGE_ROWS } from '../../bots/shared/digest.presenter';
import type { RegionDigest } from '../../domain/digest/digest.types';
import { mondayOf } from '../../domain/digest/digest-period';
import { isIsoDay } from '../../domain/rhythm/calendar-day';
import type { Clock } from '../../domain/ports';
import type { Services } from '../../domain/services';
import type { Locale } from '../../domain/i18n';
import { Logger } from '../../shared/logger';
import { linkSigner } from '../signed-links';
import { svgToPng } from '../svg-png';
import { chartPath, DigestChart, reportPath } from './digest.links';
import { digestReportHtml, REPORT_CSP } from './digest-report.html';

export interface DigestRouteDeps { config: Config; services: Pick<Services, 'digest'>; clock: Clock; log: Logger }

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILE = /^(?:(report)\.(nl|en)\.html|(trend|focus|heatmap)\.(nl|en)\.png)$/;
const HEADERS = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex', 'X-Content-Type-Options': 'nosniff' };
const CACHE_MS = 2 * 60_000;
const CACHE_MAX = 20;

function refuse(res: Response, status: 403 | 404 | 410): void {
  const text = status === 410
    ? 'Deze link is verlopen; de volgende samenvatting brengt een nieuwe. / This link has expired; the next digest brings a new one.'
    : status === 404 ? 'Niet gevonden. / Not found.' : 'Deze link is niet geldig. / This link is not valid.';
  res.status(status).set(HEADERS).type('text/plain').send(text);
}

export function digestRoutes(deps: DigestRouteDeps): Router {
  const router = Router();
  const signer = linkSigner(deps.config);
  const cache = new Map<string, { at: number; digest: Promise<RegionDigest | null> }>();
  const digestOf = (regionId: string, week: string): Promise<RegionDigest | null> => {
    const key = `${regionId}|${week}`;
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && now - hit.at < CACHE_MS) return hit.digest;
    for (const [k, v] of cache) if (now - v.at >= CACHE_MS) cache.delete(k);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string); // the oldest
    const digest = deps.services.digest.compute(regionId, week);
    cache.set(key, { at: now, digest });
    digest.catch(() => cache.delete(key));
    return digest;
  };

  router.get('/digest/:regionId/:week/:file', async (req, res, next) => {
    try {
      const [regionId, week, file] = [String(req.params.regionId), String(req.params.week), String(req.params.file)];
      const match = FILE.exec(file);
      if (!ID.test(regionId) || !isIsoDay(week) || mondayOf(week) !== week || !match) return refuse(res, 404);
      const locale = (match[2] ?? match[4]) as Locale;
      const chart = match[3] as DigestChart | undefined;
      const path = chart ? chartPath(regionId, week, locale, chart) : reportPath(regionId, week, locale);
      const check = signer.verify(path, req.query.expires, req.query.signature, deps.clock.now());
      if (check !== 'ok') {
        deps.log.info({ check, kind: chart ?? 'report' }, 'digest: signed link refused');
        return refuse(res, check === 'expired' ? 410 : 403);
      }
      const digest = await digestOf(regionId, week);
      if (!digest) return refuse(res, 404);
      const vm = digestViewModel(deps, digest, locale, { links: false });
      if (!chart) return void res.set({ ...HEADERS, 'Content-Security-Policy': REPORT_CSP }).type('html').send(digestReportHtml(vm));
      const svg = chart === 'trend' ? lineChartSvg(vm.trend) : chart === 'focus' ? barChartSvg(vm.focus) : heatmapSvg(vm.heatmap, DIGEST_HEATMAP_IMAGE_ROWS);
      res.set(HEADERS).type('image/png').send(svgToPng(svg));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
