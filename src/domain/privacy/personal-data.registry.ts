/**
 * "Mijn gegevens" is the sum of every area that stores something about a person. Each area (people and roles,
 * answers, reminders, audit, dialogues ...) registers itself here with the database models it covers, so the
 * export stays complete as Oogst grows: test/privacy checks that every model referring to a person is covered.
 */
export type ExportValue = string | number | boolean | null;
export type ExportRecord = Readonly<Record<string, ExportValue>>;

export interface PersonalDataArea {
  /** Section name in the export, e.g. "answers". */
  readonly name: string;
  /** The Prisma models whose rows about a person this area exports (checked for completeness by a test). */
  readonly models: readonly string[];
  /** Everything this area holds about the person, as flat records (dates as ISO strings). */
  collect(personId: string): Promise<ExportRecord[]>;
}

export interface PersonalDataExport {
  format: 'oogst-personal-data/1';
  generatedAt: string;
  sections: Record<string, ExportRecord[]>;
}

export class PersonalDataRegistry {
  private readonly list: PersonalDataArea[] = [];

  /** Adds an area; a second area with the same name is a programming error. */
  register(area: PersonalDataArea): void {
    if (this.list.some((a) => a.name === area.name)) throw new Error(`personal data area "${area.name}" registered twice`);
    this.list.push(area);
  }

  get areas(): readonly PersonalDataArea[] {
    return this.list;
  }

  async collect(personId: string, now: Date): Promise<PersonalDataExport> {
    const sections: Record<string, ExportRecord[]> = {};
    for (const area of this.list) sections[area.name] = await area.collect(personId);
    return { format: 'oogst-personal-data/1', generatedAt: now.toISOString(), sections };
  }
}

/** Number of records over all sections: 0 means Oogst holds nothing about the person. */
export function recordCount(data: PersonalDataExport): number {
  return Object.values(data.sections).reduce((sum, records) => sum + records.length, 0);
}
