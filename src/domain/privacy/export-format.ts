/**
 * The two download formats of "mijn gegevens". JSON keeps the sections as they are; CSV is one row per value
 * (section, record, field, value) so every section fits one sheet whatever its fields. RFC 4180 quoting, and
 * texts that a spreadsheet would run as a formula get a leading apostrophe (OWASP "CSV injection").
 */
import type { ExportValue, PersonalDataExport } from './personal-data.registry';

export function exportToJson(data: PersonalDataExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: ExportValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = ['section', 'record', 'field', 'value'] as const;

export function exportToCsv(data: PersonalDataExport): string {
  const rows: string[] = [CSV_HEADER.join(',')];
  rows.push(['meta', '0', 'format', data.format].map(csvCell).join(','), ['meta', '0', 'generatedAt', data.generatedAt].map(csvCell).join(','));
  for (const [section, records] of Object.entries(data.sections)) {
    records.forEach((record, index) => {
      for (const [field, value] of Object.entries(record)) rows.push([csvCell(section), String(index + 1), csvCell(field), csvCell(value)].join(','));
    });
  }
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return `${rows.join('\r\n')}\r\n`;
}
