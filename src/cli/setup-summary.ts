/** The readable summary `npm run setup` prints: what was created and changed, and what the file no longer lists. */
import { SetupEntity, SetupReport } from '../domain/setup/setup-plan';

const ENTITY_WORDS: Readonly<Record<SetupEntity, string>> = {
  region: 'regio', partnership: 'partnerschap', membership: 'koppeling', person: 'persoon', role: 'rol',
};

export function renderSummary(file: string, report: SetupReport, dryRun: boolean): string {
  const created = report.changes.filter((c) => c.kind === 'created');
  const updated = report.changes.filter((c) => c.kind === 'updated');
  const unchanged = report.changes.filter((c) => c.kind === 'unchanged');
  const lines = [
    dryRun
      ? `Proefdraai met ${file}: er is niets opgeslagen. Zonder --dry-run richt Oogst het zo in:`
      : `Oogst is ingericht volgens ${file}.`,
    '',
  ];
  const section = (title: string, mark: string, items: { entity: SetupEntity; name: string }[]) => {
    if (!items.length) return;
    lines.push(`${title} (${items.length}):`, ...items.map((c) => `  ${mark} ${ENTITY_WORDS[c.entity]} ${c.name}`), '');
  };
  section(dryRun ? 'Zou nieuw zijn' : 'Nieuw', '+', created);
  section(dryRun ? 'Zou gewijzigd worden' : 'Gewijzigd', '~', updated);
  if (report.unlisted.length) {
    // Setup never deletes (answers hang off partnerships and people); the admin should know what stays.
    section('Staat niet (meer) in het bestand, maar wel in Oogst. Oogst verwijdert niets, dit blijft bestaan', '-', report.unlisted);
  }
  if (!created.length && !updated.length) lines.push('Alles was al zo ingericht: er is niets veranderd.');
  lines.push(`Totaal: ${created.length} nieuw, ${updated.length} gewijzigd, ${unchanged.length} ongewijzigd.`);
  return `${lines.join('\n')}\n`;
}
