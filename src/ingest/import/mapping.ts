/**
 * Columns of an imported file → Segment calls. Pure: the readers hand over rows as plain
 * objects (column → value) and the importer sends the calls built here to `ingest()`, which
 * stays the only place that decides what is a valid event.
 *
 * Mapping errors that the intake could not word well (a time in an unknown format, a
 * `--numeric` cell that is not a number) are reported here, per row, by column name.
 */
import { createHash } from 'node:crypto';
import type { FieldError } from '../../shared/result.ts';
import { isEventType } from '../event.ts';
import { canonicalJson, isPlainObject } from '../json-shape.ts';

/** The parts of a call a column can fill; every other column becomes a property. */
export type Role =
  | 'userId'
  | 'anonymousId'
  | 'timestamp'
  | 'event'
  | 'channel'
  | 'messageId'
  | 'type';

export type MappingFlags = Partial<Record<Role, string>> & {
  /** CSV columns whose cells are numbers (CSV cells are text otherwise). */
  readonly numeric?: readonly string[];
};

export interface ColumnMapping {
  /** Column of each role that is mapped. */
  readonly roles: Partial<Record<Role, string>>;
  /** Columns copied into `properties` (or `traits` of identify/group calls). */
  readonly properties: readonly string[];
  readonly numeric: ReadonlySet<string>;
  /** Rows are already Segment calls: sent unchanged. */
  readonly passThrough: boolean;
}

export type MappingOutcome =
  | { readonly ok: true; readonly mapping: ColumnMapping }
  | { readonly ok: false; readonly message: string };

export type MappedRow =
  | { readonly ok: true; readonly payload: Record<string, unknown> }
  | { readonly ok: false; readonly errors: FieldError[] };

/** Header names each role takes by default, compared without case. */
const DEFAULT_COLUMNS: Record<Role, readonly string[]> = {
  userId: ['userid', 'user_id', 'customer'],
  anonymousId: ['anonymousid', 'anonymous_id'],
  timestamp: ['timestamp', 'time', 'date'],
  event: ['event', 'name'],
  channel: ['channel'],
  messageId: ['messageid', 'message_id', 'id'],
  type: [],
};

const ROLES = Object.keys(DEFAULT_COLUMNS) as Role[];

/** The flag naming each role, for messages. */
export const ROLE_FLAGS: Record<Role, string> = {
  userId: '--customer',
  anonymousId: '--anonymous',
  timestamp: '--time',
  event: '--event',
  channel: '--channel',
  messageId: '--id',
  type: '--type',
};

/**
 * The mapping of a file with `columns`. `segmentRows`: the file's rows look like Segment
 * calls (NDJSON rows with a `type`); without any mapping flag they are passed through.
 */
export function resolveMapping(
  columns: readonly string[],
  flags: MappingFlags,
  segmentRows = false,
): MappingOutcome {
  const flagged = ROLES.filter((role) => flags[role] !== undefined);
  const numeric = flags.numeric ?? [];
  const unknown = [...flagged.map((role) => flags[role] ?? ''), ...numeric].filter(
    (column) => !columns.includes(column),
  );
  if (unknown.length > 0) {
    const list = columns.length === 0 ? '(none)' : columns.join(', ');
    return { ok: false, message: `unknown column ${unknown.join(', ')}: the columns are ${list}` };
  }
  const empty = { properties: [], numeric: new Set<string>() };
  if (segmentRows && flagged.length === 0 && numeric.length === 0) {
    return { ok: true, mapping: { ...empty, roles: {}, passThrough: true } };
  }
  const roles: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const column = flags[role] ?? defaultColumn(columns, role);
    if (column !== undefined) roles[role] = column;
  }
  if (roles.event === undefined && roles.type === undefined) {
    return {
      ok: false,
      message: `no event name column: name one with --event (the columns are ${columns.join(', ')})`,
    };
  }
  const used = new Set(Object.values(roles));
  const properties = columns.filter((column) => !used.has(column));
  return {
    ok: true,
    mapping: { roles, properties, numeric: new Set(numeric), passThrough: false },
  };
}

function defaultColumn(columns: readonly string[], role: Role): string | undefined {
  for (const name of DEFAULT_COLUMNS[role]) {
    const found = columns.find((column) => column.toLowerCase() === name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** One row → one Segment call, or the reasons (by column) why it cannot be one. */
export function mapRow(row: Record<string, unknown>, mapping: ColumnMapping): MappedRow {
  if (mapping.passThrough) return { ok: true, payload: row };
  const { roles } = mapping;
  const errors: FieldError[] = [];
  const cell = (role: Role): unknown => (roles[role] === undefined ? undefined : row[roles[role]]);
  const typeText = text(cell('type'))?.toLowerCase() ?? 'track';
  if (!isEventType(typeText)) {
    errors.push({
      field: roles.type ?? 'type',
      message: `"${typeText}" is not a Segment call type`,
    });
  }
  const payload: Record<string, unknown> = {
    type: typeText,
    messageId: text(cell('messageId')) ?? rowMessageId(row),
  };
  setText(payload, 'userId', cell('userId'));
  setText(payload, 'anonymousId', cell('anonymousId'));
  const nameField = typeText === 'page' || typeText === 'screen' ? 'name' : 'event';
  if (typeText !== 'identify' && typeText !== 'group') setText(payload, nameField, cell('event'));
  if (roles.timestamp !== undefined) {
    const time = parseTime(cell('timestamp'));
    if (time === null) errors.push({ field: roles.timestamp, message: TIME_FORMATS });
    else payload.timestamp = time;
  }
  const bag: Record<string, unknown> = {};
  const channel = text(cell('channel'));
  if (channel !== null) bag.channel = channel;
  for (const column of mapping.properties) {
    const value = propertyValue(row[column], mapping.numeric.has(column));
    if (value === undefined) continue;
    if (Number.isNaN(value)) errors.push({ field: column, message: 'is not a number' });
    else bag[column] = value;
  }
  payload[typeText === 'identify' || typeText === 'group' ? 'traits' : 'properties'] = bag;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, payload };
}

const TIME_FORMATS =
  'is not a date-time (ISO 8601, epoch seconds or milliseconds, or YYYY-MM-DD HH:MM:SS)';

/** Empty CSV cells say nothing: they are left out. `--numeric` cells become numbers. */
function propertyValue(value: unknown, numeric: boolean): unknown {
  if (value === undefined || value === '') return undefined;
  if (!numeric || typeof value !== 'string') return value;
  return /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
}

function text(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function setText(payload: Record<string, unknown>, field: string, value: unknown): void {
  const found = text(value);
  if (found !== null) payload[field] = found;
}

/** Epoch values below this are seconds, above it milliseconds (1e11 s is in year 5138). */
const EPOCH_SECONDS_LIMIT = 1e11;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A cell as an ISO 8601 instant (UTC), or null. Accepts ISO 8601 with a zone, epoch seconds
 * or milliseconds, and `YYYY-MM-DD[ HH:MM[:SS]]` (read as UTC, files rarely say otherwise).
 */
export function parseTime(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number') return epoch(value);
  if (typeof value !== 'string') return null;
  const cell = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(cell)) return epoch(Number(cell));
  const local = LOCAL_DATE_TIME.exec(cell);
  if (local) return instant(`${local[1]}T${local[2] ?? '00:00:00'}Z`);
  return ISO_WITH_ZONE.test(cell) ? instant(cell) : null;
}

function epoch(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const ms = Math.abs(value) < EPOCH_SECONDS_LIMIT ? value * 1000 : value;
  return instant(ms);
}

function instant(value: string | number): string | null {
  const date = new Date(value);
  // Date.parse rolls 2024-02-30 over to March: a calendar date must survive the round trip.
  if (Number.isNaN(date.getTime())) return null;
  if (typeof value === 'string' && !value.startsWith(date.toISOString().slice(0, 10))) {
    return /[+-]\d{2}:?\d{2}$/.test(value) ? date.toISOString() : null;
  }
  return date.toISOString();
}

/**
 * A messageId made from the row's content, so that importing the same file twice stores
 * each row once. Two identical rows are one event.
 */
export function rowMessageId(row: Record<string, unknown>): string {
  return `import-${createHash('sha256').update(canonicalJson(row)).digest('hex').slice(0, 40)}`;
}

/** The column an intake error field (`/userId`, `/properties/price`) is about. */
export function columnOfField(field: string, mapping: ColumnMapping): string {
  const path = field.replace(/^\//, '');
  if (mapping.passThrough) return path || '/';
  const [head = '', second] = path.split('/');
  if ((head === 'properties' || head === 'traits') && second !== undefined) {
    return second === 'channel' ? (mapping.roles.channel ?? second) : second;
  }
  const role = head === 'name' ? 'event' : head;
  const column = ROLES.includes(role as Role) ? mapping.roles[role as Role] : undefined;
  return column ?? (path || '/');
}

/** Whether a row is already a Segment call (NDJSON exports of Segment, RudderStack, …). */
export const looksLikeSegmentCall = (row: unknown): boolean =>
  isPlainObject(row) && typeof row.type === 'string' && isEventType(row.type);
