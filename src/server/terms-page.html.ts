/** The terms of use (GET /voorwaarden), linked from the Teams manifest; Dutch with an English section. */
import { renderPage } from './privacy-page.layout';

const dutch = `
<h1>Gebruiksvoorwaarden Oogst</h1>
<p>Oogst houdt het gesprek over Samen Opleiden gaande in de kanalen van jullie partnerschap. Door Oogst te gebruiken spreek je het volgende af.</p>
<ul>
<li>Je antwoorden zijn je eigen reflecties. Schrijf niets over leerlingen, studenten of collega's dat hen herkenbaar maakt.</li>
<li>Coördinatoren stellen het ritme en de focuspunten in en gaan zorgvuldig om met wat zij zien; regioleiders gebruiken alleen overzichten.</li>
<li>Oogst is een hulpmiddel voor reflectie, geen beoordelings- of registratiesysteem: antwoorden worden niet gebruikt om personen te beoordelen.</li>
<li>De organisatie die Oogst inzet, beheert de installatie en is aanspreekpunt. Oogst wordt geleverd zoals het is; storingen kunnen voorkomen.</li>
<li>Hoe Oogst met persoonsgegevens omgaat staat in de <a href="/privacy">privacyverklaring</a>.</li>
</ul>
`;

const english = `
<h1>Oogst terms of use (English)</h1>
<ul>
<li>Your answers are your own reflections. Do not write anything that identifies pupils, students or colleagues.</li>
<li>Coordinators set the rhythm and focus points and treat what they see with care; regional leads only use overviews.</li>
<li>Oogst supports reflection; it is not used to assess people.</li>
<li>The organisation running Oogst manages the installation and is your point of contact. Oogst is provided as is.</li>
<li>How Oogst handles personal data is described in the <a href="/privacy#english">privacy statement</a>.</li>
</ul>
`;

export function termsPage(): string {
  return renderPage('Gebruiksvoorwaarden Oogst / Terms of use', [{ lang: 'nl', html: dutch }, { lang: 'en', id: 'english', html: english }], 'Oogst, versie van november 2026.');
}
