/**
 * The signed, expiring links of a weekly digest: the standalone HTML report (forwardable, e.g. to board members
 * outside the workspace) and the chart pictures Slack and Teams fetch. The path names the region, the reported
 * week and the language; the signature covers that path and the expiry (signed-links.ts), and the page is made
 * when the link is opened, so a link shows no more than the digest did (and less after an erasure).
 */
import type { Locale } from '../../domain/i18n/locale';
import type { IsoDay } from '../../domain/rhythm/calendar-day';
import { LinkSigner, linkSigner, publicUrl } from '../signed-links';

export const DIGEST_CHARTS = ['trend', 'focus', 'heatmap'] as const;
export type DigestChart = (typeof DIGEST_CHARTS)[number];
/** A month: long enough to forward to a board that meets monthly; a new digest brings fresh links every week. */
export const DIGEST_LINK_TTL_MS = 30 * 24 * 3_600_000;

export const reportPath = (regionId: string, week: IsoDay, locale: Locale): string => `/digest/${regionId}/${week}/report.${locale}.html`;
export const chartPath = (regionId: string, week: IsoDay, locale: Locale, chart: DigestChart): string => `/digest/${regionId}/${week}/${chart}.${locale}.png`;

export interface DigestLinks { report: string; charts: Record<DigestChart, string>; expiresAt: Date; reachable: boolean }

type LinkConfig = { OOGST_LINK_SECRET?: string; PUBLIC_BASE_URL?: string; HOST: string; PORT: number };

export function digestLinks(config: LinkConfig, regionId: string, week: IsoDay, locale: Locale, now: Date, signer: LinkSigner = linkSigner(config)): DigestLinks {
  const expiresAt = new Date(now.getTime() + DIGEST_LINK_TTL_MS);
  const url = (path: string) => publicUrl(config, signer.signedPath(path, expiresAt));
  const charts = Object.fromEntries(DIGEST_CHARTS.map((chart) => [chart, url(chartPath(regionId, week, locale, chart))])) as Record<DigestChart, string>;
  // Slack fetches pictures from its own servers: only a public https address reaches this server.
  return { report: url(reportPath(regionId, week, locale)), charts, expiresAt, reachable: /^https:\/\//.test(config.PUBLIC_BASE_URL ?? '') };
}
