/**
 * The mapping form and the numbers around a running import, as pure functions: the form's
 * state from a suggestion, its edits, the request it sends; progress and speed.
 */
import type { ImportJob, ImportMapping, MappingRole } from '../../ingest/import/jobs.ts';

/** The roles in the order the form asks for them. */
export const FORM_ROLES: readonly MappingRole[] = [
  'userId',
  'anonymousId',
  'event',
  'timestamp',
  'channel',
  'type',
  'messageId',
];

export interface MappingDraft {
  readonly passThrough: boolean;
  /** The column of each role; '' when the role is not mapped. */
  readonly roles: Readonly<Record<MappingRole, string>>;
  readonly properties: readonly string[];
  readonly numeric: readonly string[];
}

export function draftOf(mapping: ImportMapping): MappingDraft {
  const roles = Object.fromEntries(FORM_ROLES.map((role) => [role, mapping[role] ?? ''])) as Record<
    MappingRole,
    string
  >;
  return {
    passThrough: mapping.passThrough === true,
    roles,
    properties: [...mapping.properties],
    numeric: [...(mapping.numeric ?? [])],
  };
}

const roleColumns = (draft: MappingDraft): Set<string> =>
  new Set(Object.values(draft.roles).filter((column) => column !== ''));

/** The columns that can become properties: those no role takes. */
export const propertyColumns = (draft: MappingDraft, columns: readonly string[]): string[] => {
  const taken = roleColumns(draft);
  return columns.filter((column) => !taken.has(column));
};

/** A column given to a role stops being a property. */
export function withRole(draft: MappingDraft, role: MappingRole, column: string): MappingDraft {
  return {
    ...draft,
    roles: { ...draft.roles, [role]: column },
    properties: draft.properties.filter((c) => c !== column),
    numeric: draft.numeric.filter((c) => c !== column),
  };
}

export function withProperty(draft: MappingDraft, column: string, on: boolean): MappingDraft {
  const properties = draft.properties.filter((c) => c !== column);
  return {
    ...draft,
    properties: on ? [...properties, column] : properties,
    numeric: on ? draft.numeric : draft.numeric.filter((c) => c !== column),
  };
}

export function withNumeric(draft: MappingDraft, column: string, on: boolean): MappingDraft {
  const numeric = draft.numeric.filter((c) => c !== column);
  return { ...draft, numeric: on ? [...numeric, column] : numeric };
}

export const withPassThrough = (draft: MappingDraft, passThrough: boolean): MappingDraft => ({
  ...draft,
  passThrough,
});

/** Properties every one, or none. */
export function withAllProperties(
  draft: MappingDraft,
  columns: readonly string[],
  on: boolean,
): MappingDraft {
  return on
    ? { ...draft, properties: propertyColumns(draft, columns) }
    : { ...draft, properties: [], numeric: [] };
}

/** The request of the form; properties in the file's column order. */
export function requestOf(draft: MappingDraft, columns: readonly string[]): ImportMapping {
  if (draft.passThrough) return { passThrough: true, properties: [] };
  const roles = Object.fromEntries(
    FORM_ROLES.filter((role) => draft.roles[role] !== '').map((role) => [role, draft.roles[role]]),
  );
  const properties = propertyColumns(draft, columns).filter((c) => draft.properties.includes(c));
  const numeric = properties.filter((column) => draft.numeric.includes(column));
  return { ...roles, properties, ...(numeric.length > 0 && { numeric }) };
}

/** Share of the work done, 0…1; null while unknown. */
export function fractionDone(job: Pick<ImportJob, 'status' | 'progress'>): number | null {
  if (job.status === 'done') return 1;
  const { done, total } = job.progress;
  if (total === null || total === 0) return null;
  return Math.min(1, done / total);
}

export interface Sample {
  readonly rows: number;
  /** Milliseconds, from the browser's clock. */
  readonly at: number;
}

/** Rows per second between two observations of a running job; null before there are two. */
export function rowsPerSecond(first: Sample | null, latest: Sample): number | null {
  if (first === null || latest.at - first.at < 250) return null;
  return ((latest.rows - first.rows) * 1000) / (latest.at - first.at);
}

/** Rows per second of a finished run, from the server's own times. */
export function averageRate(job: Pick<ImportJob, 'progress' | 'startedAt' | 'finishedAt'>) {
  if (job.startedAt === null || job.finishedAt === null) return null;
  const ms = Date.parse(job.finishedAt) - Date.parse(job.startedAt);
  // Below a second, start-up dominates: the figure would say nothing about the speed.
  return ms < 1000 ? null : (job.progress.rows * 1000) / ms;
}

/** Whether a file's size is over the server's limit (checked before sending it). */
export const tooLarge = (size: number, maxBytes: number | null): boolean =>
  maxBytes !== null && size > maxBytes;
