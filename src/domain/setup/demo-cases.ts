/**
 * The two cases of the working session of 30 September 2025 (see shared/domain/DOMAIN.md), as demo data.
 * People are fictional; e-mail addresses use the reserved .example domain.
 */
import { SetupPlan } from './setup-plan';

export const STAD_EN_STREEK = 'Onderwijsregio Stad & Streek';
export const BINNENMEREN = 'Onderwijsregio Binnenmeren';
export const KUSTLAND = 'Onderwijsregio Kustland';
export const PARTNERSHIP_STAD_EN_STREEK = 'Samen Opleiden Stad & Streek';

export const DEMO_PLAN: SetupPlan = {
  regions: [
    { name: STAD_EN_STREEK, kind: 'tekort', holidayRegion: 'midden' },
    { name: BINNENMEREN, kind: 'krimp', holidayRegion: 'noord' },
    // Some Binnenmeren schools belong to this neighbouring region, so one partnership spans both.
    { name: KUSTLAND, kind: 'anders', holidayRegion: 'noord' },
  ],
  partnerships: [
    // After a merger: one large combined po/vo/mbo partnership that is the region itself.
    { name: PARTNERSHIP_STAD_EN_STREEK, sectors: ['po', 'vo', 'mbo'], regions: [{ region: STAD_EN_STREEK, positioning: 'is_region' }] },
    // Krimpregio: three small, independent partnerships per sector.
    { name: 'Opleiden in de Binnenmeren PO', sectors: ['po'], regions: [{ region: BINNENMEREN, positioning: 'within' }] },
    {
      name: 'Opleiden in de Binnenmeren VO', sectors: ['vo'],
      regions: [{ region: BINNENMEREN, positioning: 'spans' }, { region: KUSTLAND, positioning: 'spans' }],
    },
    { name: 'Opleiden in de Binnenmeren MBO', sectors: ['mbo'], regions: [{ region: BINNENMEREN, positioning: 'within' }] },
  ],
  people: [
    { displayName: 'Sanne de Vries', email: 'sanne.devries@stadstreek.example', coordinatorOf: [PARTNERSHIP_STAD_EN_STREEK] },
    { displayName: 'Ahmed El Amrani', email: 'ahmed.elamrani@stadstreek.example', memberOf: [PARTNERSHIP_STAD_EN_STREEK] },
    { displayName: 'Lotte Jansen', email: 'lotte.jansen@hogeschool.example', memberOf: [PARTNERSHIP_STAD_EN_STREEK] },
    { displayName: 'Kees Bakker', email: 'kees.bakker@stadstreek.example', memberOf: [PARTNERSHIP_STAD_EN_STREEK] },
    { displayName: 'Fatima Yilmaz', email: 'fatima.yilmaz@stadstreek.example', memberOf: [PARTNERSHIP_STAD_EN_STREEK] },
    { displayName: 'Marieke Visser', email: 'marieke.visser@regio-stadstreek.example', leadOf: [STAD_EN_STREEK] },
    { displayName: 'Jeroen Smit', email: 'jeroen.smit@binnenmeren.example', coordinatorOf: ['Opleiden in de Binnenmeren PO'] },
    { displayName: 'Ingrid Mulder', email: 'ingrid.mulder@binnenmeren.example', coordinatorOf: ['Opleiden in de Binnenmeren VO'] },
    { displayName: 'Tom Hendriks', email: 'tom.hendriks@binnenmeren.example', coordinatorOf: ['Opleiden in de Binnenmeren MBO'] },
    { displayName: 'Noor Peters', email: 'noor.peters@binnenmeren.example', memberOf: ['Opleiden in de Binnenmeren PO', 'Opleiden in de Binnenmeren VO'] },
    { displayName: 'Ruud van Dijk', email: 'ruud.vandijk@binnenmeren.example', leadOf: [BINNENMEREN], locale: 'en' },
  ],
};
