/** The two download formats parse back to the same data: JSON.parse, and a strict RFC 4180 CSV parser. */
import { CSV_HEADER, exportToCsv, exportToJson } from '../../src/domain/privacy/export-format';
import { PersonalDataExport } from '../../src/domain/privacy/personal-data.registry';
import { parseCsv } from '../support/csv';

const data: PersonalDataExport = {
  format: 'oogst-personal-data/1',
  generatedAt: '2027-02-02T09:00:00.000Z',
  sections: {
    person: [{ id: 'p1', displayName: 'Mees "de" Meijer', email: null, remindersEnabled: true }],
    answers: [
      { score: 4, scenario: 'Regel 1,\r\nregel 2 met "aanhalingstekens"', keyword: '=HYPERLINK("x")' },
      { score: 2, scenario: null, keyword: '-kort' },
    ],
    empty: [],
  },
};

describe('personal data export formats', () => {
  it('JSON is the export itself', () => {
    expect(JSON.parse(exportToJson(data))).toEqual(data);
  });

  it('CSV: one row per value, every value back exactly (formulas defused)', () => {
    const rows = parseCsv(exportToCsv(data));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    for (const row of rows) expect(row).toHaveLength(4);
    const value = (section: string, record: string, field: string) => rows.find((r) => r[0] === section && r[1] === record && r[2] === field)?.[3];
    expect(value('person', '1', 'displayName')).toBe('Mees "de" Meijer');
    expect(value('person', '1', 'email')).toBe('');
    expect(value('person', '1', 'remindersEnabled')).toBe('true');
    expect(value('answers', '1', 'scenario')).toBe('Regel 1,\r\nregel 2 met "aanhalingstekens"');
    expect(value('answers', '1', 'keyword')).toBe('\'=HYPERLINK("x")');
    expect(value('answers', '2', 'keyword')).toBe("'-kort");
    expect(value('answers', '2', 'score')).toBe('2');
    expect(value('meta', '0', 'generatedAt')).toBe(data.generatedAt);
    // Every value of every record is there: 4 fields + 3 + 3, plus the two meta rows and the header.
    expect(rows).toHaveLength(1 + 2 + 4 + 3 + 3);
  });
});
