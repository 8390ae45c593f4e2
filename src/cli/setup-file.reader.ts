/**
 * YAML text -> data, with every problem placed at a line and column: YAML syntax errors come with their
 * position from the `yaml` parser, and problems found later (by path) are looked up in the same document.
 */
import { Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { SetupProblem } from '../domain/setup/setup-problem';

export interface LocatedProblem { message: string; line?: number; column?: number }

export type YamlResult =
  | { ok: true; data: unknown; locate: (problems: SetupProblem[]) => LocatedProblem[] }
  | { ok: false; problems: LocatedProblem[] };

/** Dutch for the YAML errors people make by hand; the parser's own text follows in brackets. */
const YAML_ERRORS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'een veld staat twee keer in hetzelfde blok',
  BAD_INDENT: 'de inspringing klopt niet',
  TAB_AS_INDENT: 'spring in met spaties, niet met tabs',
  MISSING_CHAR: 'er mist een teken (een sluitend aanhalingsteken of haakje?)',
  BAD_SCALAR_START: 'een waarde begint met een teken dat tussen aanhalingstekens moet',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels (mist er een dubbele punt?)',
  UNEXPECTED_TOKEN: 'hier staat iets wat ik niet verwacht',
  BLOCK_AS_IMPLICIT_KEY: 'een blok staat waar een veldnaam hoort',
};

type Range = { range?: [number, number, number] | null };

/** The position of the field name `key` in the block at `parent`. */
function keyRange(doc: Document, parent: readonly (string | number)[], key: string | number): Range | undefined {
  const block = parent.length ? doc.getIn(parent, true) : doc.contents;
  return isMap(block) ? (block.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key as Range | undefined) : undefined;
}

function position(doc: Document, lines: LineCounter, path: readonly (string | number)[], atKey = false): { line: number; column: number } | undefined {
  const key = atKey && path.length ? keyRange(doc, path.slice(0, -1), path[path.length - 1])?.range : undefined;
  if (key) {
    const { line, col } = lines.linePos(key[0]);
    return { line, column: col };
  }
  // A missing field has no node: point at the nearest thing that exists (its block, or the list item).
  for (let n = path.length; n >= 0; n--) {
    const node = path.length === 0 && n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as Range | null | undefined)?.range;
    if (range) {
      const { line, col } = lines.linePos(range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}

export function parseYamlText(text: string): YamlResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const [pos] = error.linePos ?? [];
        const own = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        return { message: `YAML-fout: ${YAML_ERRORS[error.code] ?? 'dit is geen geldige YAML'} (${own}).`, ...(pos ? { line: pos.line, column: pos.col } : {}) };
      }),
    };
  }
  return {
    ok: true,
    data: doc.toJS(),
    locate: (problems) =>
      problems
        .map((p) => ({ message: p.message, ...(p.path ? position(doc, lines, p.path, p.atKey) : {}) }))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
  };
}

/** "regio.yml, regel 12, kolom 7: ..." */
export function formatProblem(file: string, problem: LocatedProblem): string {
  const where = problem.line === undefined ? file : `${file}, regel ${problem.line}, kolom ${problem.column}`;
  return `${where}: ${problem.message}`;
}
