/**
 * The columns of a touchpoint table (CSV or spreadsheet): their English and French headers,
 * how each writes a field of a touchpoint and reads it back into the changes of a row.
 * Stages, channels, phases and objectives are written by name, so that a table reads well
 * in a workshop and survives a round trip through any spreadsheet tool.
 */
import type { ModelLanguage } from './defaults.ts';
import type { ModelOp } from './ops-schema.ts';
import type { Touchpoint } from './schema.ts';
import {
  type Cell,
  type CostPeriod,
  type ModelNames,
  type NameIndex,
  normalizeWord,
  performanceWords,
  periodWords,
  readBoolean,
  readCents,
  readInteger,
  readNumber,
  writeBoolean,
  writeCents,
  writeNumber,
} from './touchpoint-cells.ts';

export type TouchpointChanges = Extract<ModelOp, { op: 'touchpoint.update' }>['changes'];

/**
 * What one cell says: a part of the changes of its row, or the row's id, or its cost or cost
 * period (read apart, joined later with the touchpoint's current cost).
 */
export interface CellReading {
  readonly id?: string;
  readonly changes?: TouchpointChanges;
  readonly cents?: number | null;
  readonly period?: CostPeriod | null;
}

/** Free text and names of model items (escaped against formulas in CSV), numbers, words. */
export type ColumnKind = 'text' | 'number' | 'reference' | 'choice';

export interface TouchpointColumn {
  readonly key: string;
  readonly header: Readonly<Record<ModelLanguage, string>>;
  /** Other headers accepted on import, in either language. */
  readonly aliases: readonly string[];
  readonly kind: ColumnKind;
  /** Width in characters in a spreadsheet. */
  readonly width: number;
  write(touchpoint: Touchpoint, names: ModelNames, lang: ModelLanguage): string;
  /** Reads a trimmed cell, or says why it refuses it. */
  read(text: string, names: ModelNames): Cell<CellReading>;
}

const accept = (reading: CellReading): Cell<CellReading> => ({ ok: true, value: reading });
const refuse = (message: string): Cell<CellReading> => ({ ok: false, message });

/** The reading of a cell that sets one field of the touchpoint. */
function setting<K extends keyof TouchpointChanges>(
  field: K,
  value: TouchpointChanges[K],
): CellReading {
  const changes: TouchpointChanges = {};
  changes[field] = value;
  return { changes };
}

/** A read value as the reading of its cell, or why it was refused. */
const then = <T>(cell: Cell<T>, reading: (value: T) => CellReading): Cell<CellReading> =>
  cell.ok ? accept(reading(cell.value)) : cell;

const orNull = <T>(text: string, read: (text: string) => Cell<T>): Cell<T | null> =>
  text === '' ? { ok: true, value: null } : read(text);

const upTo = (max: number, text: string): Cell<string> =>
  text.length > max
    ? { ok: false, message: `must be at most ${max} characters, got ${text.length}` }
    : { ok: true, value: text };

type Headers = [en: string, fr: string, ...aliases: string[]];
const base = (key: string, [en, fr, ...aliases]: Headers, kind: ColumnKind, width: number) => ({
  key,
  header: { en, fr },
  aliases,
  kind,
  width,
});

const reference = (
  field: 'stageId' | 'channelId',
  index: (names: ModelNames) => NameIndex,
  headers: Headers,
): TouchpointColumn => ({
  ...base(field.replace('Id', ''), headers, 'reference', 22),
  write: (tp, names) => index(names).nameOf(tp[field]),
  read: (text, names) =>
    text === '' ? refuse('is required') : then(index(names).idOf(text), (id) => setting(field, id)),
});

const text = (field: 'description' | 'notes', headers: Headers, max: number): TouchpointColumn => ({
  ...base(field, headers, 'text', 40),
  write: (tp) => tp[field],
  read: (value) => then(upTo(max, value), (t) => setting(field, t)),
});

const optionalText = (field: 'media' | 'owner', headers: Headers): TouchpointColumn => ({
  ...base(field, headers, 'text', 20),
  write: (tp) => tp[field] ?? '',
  read: (value) => then(upTo(200, value), (t) => setting(field, t || null)),
});

const scale = (
  field: 'importance' | 'investment' | 'impact',
  headers: Headers,
): TouchpointColumn => ({
  ...base(field, headers, 'number', 12),
  write: (tp) => (tp[field] === null ? '' : String(tp[field])),
  read: (value) =>
    then(
      orNull(value, (t) => readInteger(t, 1, 5)),
      (n) => setting(field, n),
    ),
});

const hours = (field: 'setupHours' | 'processingHours', headers: Headers): TouchpointColumn => ({
  ...base(field, headers, 'number', 14),
  write: (tp, _names, lang) => {
    const value = tp[field];
    return value === null ? '' : writeNumber(value, lang);
  },
  read: (value) =>
    then(
      orNull(value, (t) => readNumber(t, 0)),
      (n) => setting(field, n),
    ),
});

const flag = (field: 'momentOfTruth' | 'rupture', headers: Headers): TouchpointColumn => ({
  ...base(field, headers, 'choice', 12),
  write: (tp, _names, lang) => writeBoolean(tp[field], lang),
  read: (value) => then(readBoolean(value), (yes) => setting(field, yes)),
});

/** Objectives are listed by name, separated by `;` (or one per line in the cell). */
const OBJECTIVE_SEPARATOR = /[;\n]/;

function readObjectives(value: string, names: ModelNames): Cell<CellReading> {
  const ids = new Set<string>();
  for (const name of value.split(OBJECTIVE_SEPARATOR).map((part) => part.trim())) {
    if (name === '') continue;
    const found = names.objectives.idOf(name);
    if (!found.ok) return found;
    ids.add(found.value);
  }
  return accept(setting('objectiveIds', [...ids]));
}

/** Every column, in the order of an export. */
export const TOUCHPOINT_COLUMNS: readonly TouchpointColumn[] = [
  {
    ...base('id', ['ID', 'ID', 'identifier', 'identifiant'], 'text', 38),
    write: (tp) => tp.id,
    read: (value) => accept({ id: value }),
  },
  reference('stageId', (n) => n.stages, ['Stage', 'Étape', 'étape du parcours', 'journey stage']),
  reference('channelId', (n) => n.channels, ['Channel', 'Canal']),
  {
    ...base('name', ['Name', 'Nom', 'touchpoint', 'point de contact'], 'text', 30),
    write: (tp) => tp.name,
    read: (value) =>
      value === '' ? refuse('is required') : then(upTo(200, value), (t) => setting('name', t)),
  },
  text('description', ['Description', 'Description'], 4000),
  optionalText('media', ['Media', 'Média', 'medium']),
  optionalText('owner', ['Owner', 'Responsable', 'propriétaire', 'porteur']),
  {
    ...base('cost', ['Cost', 'Coût', 'amount', 'montant'], 'number', 14),
    write: (tp, _names, lang) => (tp.cost === null ? '' : writeCents(tp.cost.amountCents, lang)),
    read: (value, names) =>
      then(
        orNull(value, (t) => readCents(t, names.currency)),
        (cents) => ({ cents }),
      ),
  },
  {
    ...base(
      'costPeriod',
      ['Cost period', 'Périodicité du coût', 'period', 'période'],
      'choice',
      14,
    ),
    write: (tp, _names, lang) => (tp.cost === null ? '' : periodWords.write(tp.cost.period, lang)),
    read: (value) => then(orNull(value, periodWords.read), (period) => ({ period })),
  },
  {
    ...base('audience', ['Audience', 'Audience', 'reach', 'portée'], 'number', 12),
    write: (tp) => (tp.audience === null ? '' : String(tp.audience)),
    read: (value) =>
      then(
        orNull(value, (t) => readInteger(t, 0)),
        (n) => setting('audience', n),
      ),
  },
  {
    ...base('performance', ['Performance', 'Performance'], 'choice', 14),
    write: (tp, _names, lang) => performanceWords.write(tp.performance, lang),
    // An unqualified touchpoint is neutral, as a new one is.
    read: (value) =>
      value === ''
        ? accept(setting('performance', 'neutral'))
        : then(performanceWords.read(value), (p) => setting('performance', p)),
  },
  scale('importance', ['Importance', 'Importance']),
  scale('investment', ['Investment', 'Investissement']),
  scale('impact', ['Impact', 'Impact']),
  hours('setupHours', ['Setup hours', 'Heures de mise en place', 'temps de mise en place']),
  hours('processingHours', ['Processing hours', 'Heures de traitement', 'temps de traitement']),
  {
    ...base('objectives', ['Objectives', 'Objectifs', 'objectifs stratégiques'], 'reference', 24),
    write: (tp, names) => tp.objectiveIds.map((id) => names.objectives.nameOf(id)).join('; '),
    read: readObjectives,
  },
  {
    ...base(
      'phase',
      ['Lifecycle phase', 'Phase de vie', 'phase', 'phase de vie client'],
      'reference',
      18,
    ),
    write: (tp, names) =>
      tp.lifecyclePhaseId === null ? '' : names.phases.nameOf(tp.lifecyclePhaseId),
    read: (value, names) =>
      then(orNull(value, names.phases.idOf), (id) => setting('lifecyclePhaseId', id)),
  },
  {
    ...base('emotion', ['Emotion', 'Émotion'], 'number', 10),
    write: (tp) => (tp.emotion === null ? '' : String(tp.emotion)),
    read: (value) =>
      then(
        orNull(value, (t) => readInteger(t, -3, 3)),
        (n) => setting('emotion', n),
      ),
  },
  flag('momentOfTruth', ['Moment of truth', 'Moment de vérité']),
  flag('rupture', ['Rupture', 'Rupture', 'point de rupture', 'rupture point']),
  text('notes', ['Notes', 'Notes', 'remarks', 'remarques'], 10000),
];

const byHeader = new Map<string, TouchpointColumn>(
  TOUCHPOINT_COLUMNS.flatMap((column) =>
    [column.key, column.header.en, column.header.fr, ...column.aliases].map(
      (header) => [normalizeWord(header), column] as const,
    ),
  ),
);

/** The column a header names, in English or French, whatever its case and accents. */
export const columnOfHeader = (header: string): TouchpointColumn | undefined =>
  byHeader.get(normalizeWord(header));
