/**
 * The full privacy statement (GET /privacy), Dutch first with an English section (#english). The short notice in
 * the chat links here. Figures (retention, minimum group, link lifetimes) come from the running configuration.
 */
import { renderPage } from './privacy-page.layout';

export interface PrivacyFacts { retentionMonths: number; minGroup: number; exportLinkMinutes: number; confirmMinutes: number }

const dutch = (f: PrivacyFacts) => `
<h1>Privacyverklaring Oogst</h1>
<p class="meta">Oogst is een chatbot in Microsoft Teams en Slack die partnerschappen Samen Opleiden helpt om tussen bijeenkomsten door te reflecteren. Deze verklaring zegt welke gegevens Oogst bewaart, wie wat ziet, hoe lang, en hoe je je rechten onder de AVG uitoefent.</p>
<h2>Wie is verantwoordelijk?</h2>
<p>De organisatie die Oogst voor jullie onderwijsregio of partnerschap inzet (meestal de regionale entiteit of de penvoerder) is verwerkingsverantwoordelijke. Vragen en verzoeken kun je bij je coördinator of bij die organisatie neerleggen; de meeste rechten oefen je direct in de chat uit (zie hieronder).</p>
<h2>Welke gegevens bewaart Oogst?</h2>
<table>
<tr><th>Gegevens</th><th>Waarom</th></tr>
<tr><td>Je naam zoals Teams of Slack die toont, je taal, soms je e-mailadres</td><td>Je herkennen en je in je eigen taal aanspreken; coördinatoren kunnen zien wie coördinator is.</td></tr>
<tr><td>Je account-id op Teams of Slack (geen wachtwoord)</td><td>Weten dat een bericht van jou komt.</td></tr>
<tr><td>Je rol: lid of coördinator van een partnerschap, regioleider</td><td>Bepalen wat je mag doen.</td></tr>
<tr><td>Je antwoorden: een score van 1 tot 5 en eventuele teksten (scenario, trefwoord, wat bespreekbaar maken, wat nodig is) en of je ze anoniem wilt delen</td><td>De reflectie zelf; jij kunt ze terugzien en bewerken zolang de vraag open staat.</td></tr>
<tr><td>Herinneringen die je kreeg</td><td>Je niet vaker dan één keer per vraag herinneren.</td></tr>
<tr><td>Een logboek van handelingen van coördinatoren, regioleiders en beheerders (koppelen, ritme, benoemingen, privacyverzoeken), zonder antwoordteksten</td><td>Verantwoording: wie heeft wat ingesteld.</td></tr>
</table>
<h2>Wie ziet wat?</h2>
<ul>
<li>Je eigen antwoorden ziet alleen jij ("mijn antwoorden").</li>
<li>In het kanaal ziet iedereen hoeveel mensen antwoordden. De samenvatting na een vraag toont pas vanaf ${f.minGroup} antwoorden een gemiddelde. Je teksten verschijnen alleen als je "Deel anoniem in samenvattingen" aanzet, en dan nooit met je naam, niet in de volgorde van antwoorden en zonder tijdstip.</li>
<li>De regioleider ziet alleen overzichten over partnerschappen heen, nooit losse antwoorden van kleine groepen.</li>
<li>Microsoft en Slack verwerken de berichten als leveranciers van het chatplatform dat jullie al gebruiken.</li>
</ul>
<h2>Hoe lang?</h2>
<p>Antwoorden worden ${f.retentionMonths} maanden na de laatste wijziging gewist. Een partnerschap kan kiezen om dan alleen de score te bewaren, zonder naam, zonder tekst en met alleen de maand, voor de cijfers van het partnerschap. Herinneringen en het logboek gaan na dezelfde termijn weg. Oogst controleert dit elke nacht.</p>
<h2>Je rechten</h2>
<ul>
<li><strong>Inzage en overdraagbaarheid</strong>: typ <code>mijn gegevens</code>. Je krijgt, alleen voor jou, links naar alles wat Oogst over je bewaart, als JSON en als CSV. De links werken ${f.exportLinkMinutes} minuten.</li>
<li><strong>Wissen</strong>: typ <code>vergeet mij</code> en bevestig binnen ${f.confirmMinutes} minuten. Je naam, e-mailadres, accounts, rollen en herinneringen worden gewist; je antwoorden ook, of alleen de score blijft anoniem over als je partnerschap dat zo heeft ingesteld. Oogst controleert daarna met een export dat er niets meer over je te vinden is. In het logboek blijft staan dat er iets gewist is, niet door wie.</li>
<li><strong>Rectificatie</strong>: je naam volgt je naam in Teams of Slack; je antwoorden bewerk je zolang de vraag open staat.</li>
<li><strong>Bezwaar en klachten</strong>: bij de organisatie hierboven, en je mag een klacht indienen bij de Autoriteit Persoonsgegevens.</li>
</ul>
<p>Typ <code>privacy</code> in de chat voor de korte versie en het beleid van jouw partnerschap.</p>
`;

const english = (f: PrivacyFacts) => `
<h1>Oogst privacy statement (English)</h1>
<h2>Who is responsible?</h2>
<p>The organisation that runs Oogst for your education region or partnership (usually the regional entity or the lead applicant) is the controller. Most rights can be exercised directly in the chat.</p>
<h2>What Oogst keeps</h2>
<ul>
<li>Your display name in Teams or Slack, your language, sometimes your e-mail address; your Teams or Slack account id (no password).</li>
<li>Your role: member or coordinator of a partnership, regional lead.</li>
<li>Your answers: a score from 1 to 5, optional texts, and whether you share them anonymously.</li>
<li>Reminders you received, and an audit log of coordinators', regional leads' and administrators' actions, without answer texts.</li>
</ul>
<h2>Who sees what</h2>
<p>Only you see your own answers. Channels see how many people answered; closing summaries show an average only from ${f.minGroup} answers, and your texts only if you turned on "Share anonymously", never with your name, order or time. The regional lead only sees overviews across partnerships.</p>
<h2>How long</h2>
<p>Answers are erased ${f.retentionMonths} months after their last change; a partnership may choose to keep only the score (no name, no text, month only). Reminders and the audit log follow the same period. Oogst checks every night.</p>
<h2>Your rights</h2>
<ul>
<li>Type <code>my data</code> for links, visible only to you, to everything Oogst keeps about you as JSON and CSV (valid ${f.exportLinkMinutes} minutes).</li>
<li>Type <code>forget me</code> and confirm within ${f.confirmMinutes} minutes to have your data erased; an export afterwards verifies that nothing is left.</li>
<li>Objections and complaints: to the organisation above; you may also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).</li>
</ul>
`;

export function privacyPage(facts: PrivacyFacts): string {
  return renderPage('Privacyverklaring Oogst / Privacy statement', [
    { lang: 'nl', html: dutch(facts) },
    { lang: 'en', id: 'english', html: english(facts) },
  ], 'Oogst, versie van november 2026.');
}
