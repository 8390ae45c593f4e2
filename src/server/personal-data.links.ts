/**
 * The download links of "mijn gegevens": /privacy/export/<person id>.json|csv, signed and valid for an hour.
 * The person id in the path is what the signature covers, so a link opens one person's data and nobody else's;
 * the data is read when the link is opened, so a link made before "vergeet mij" finds nothing afterwards.
 */
import { LinkSigner, linkSigner, publicUrl } from './signed-links';

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LINK_TTL_MS = 60 * 60 * 1000;
export const PERSON_ID_PATTERN = /^[0-9a-f-]{36}$/;

export const personalDataPath = (personId: string, format: ExportFormat): string => `/privacy/export/${personId}.${format}`;

export interface ExportLinks { json: string; csv: string; expiresAt: Date }

type LinkConfig = { OOGST_LINK_SECRET?: string; PUBLIC_BASE_URL?: string; HOST: string; PORT: number };

export function exportLinks(config: LinkConfig, personId: string, now: Date, signer: LinkSigner = linkSigner(config)): ExportLinks {
  const expiresAt = new Date(now.getTime() + EXPORT_LINK_TTL_MS);
  const link = (format: ExportFormat) => publicUrl(config, signer.signedPath(personalDataPath(personId, format), expiresAt));
  return { json: link('json'), csv: link('csv'), expiresAt };
}
