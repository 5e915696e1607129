/**
 * Checks one untrusted Segment call against the schema of its type (./segment-schema.ts) and
 * describes every fault in words a developer acts on, with a JSON pointer relative to the call.
 * Pure: Ajv validators compiled once, no I/O.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { type TSchema, Type } from 'typebox';
import type { EventType } from './event.ts';
import { BatchEnvelope, CALL_SCHEMAS, type SegmentCall } from './segment-schema.ts';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** A fault of a payload; `path` is a JSON pointer relative to the checked value. */
export interface PayloadFault {
  readonly path: string;
  readonly message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; faults: PayloadFault[] };

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

const compile = <T>(schema: TSchema): ValidateFunction<T> => ajv.compile<T>(schema);

const callValidators: Record<EventType, ValidateFunction<SegmentCall>> = {
  track: compile(CALL_SCHEMAS.track),
  identify: compile(CALL_SCHEMAS.identify),
  page: compile(CALL_SCHEMAS.page),
  screen: compile(CALL_SCHEMAS.screen),
  group: compile(CALL_SCHEMAS.group),
  alias: compile(CALL_SCHEMAS.alias),
};

const envelopeValidator = compile<BatchEnvelope>(BatchEnvelope);

function check<T>(validate: ValidateFunction<T>, value: unknown): Checked<T> {
  return validate(value) ? { ok: true, value } : { ok: false, faults: describe(validate.errors) };
}

/** Checks a call whose `type` is already known to be `type`. */
export const checkCall = (type: EventType, value: unknown): Checked<SegmentCall> =>
  check(callValidators[type], value);

/** Checks the envelope of a batch request (the calls inside are checked one by one later). */
export const checkBatchEnvelope = (value: unknown): Checked<BatchEnvelope> =>
  check(envelopeValidator, value);

/** `~` and `/` escaped, as a JSON pointer segment. */
export const pointerSegment = (key: string | number): string =>
  String(key).replaceAll('~', '~0').replaceAll('/', '~1');

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function describe(errors: readonly ErrorObject[] | null | undefined): PayloadFault[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors ?? []) {
    if (error.keyword === 'anyOf') continue;
    const { missingProperty } = error.params as { missingProperty?: unknown };
    const path =
      typeof missingProperty === 'string'
        ? `${error.instancePath}/${pointerSegment(missingProperty)}`
        : error.instancePath;
    byPath.set(path, [...(byPath.get(path) ?? []), error]);
  }
  const faults: PayloadFault[] = [];
  for (const [path, group] of byPath) {
    for (const message of new Set(messages(group))) faults.push({ path, message });
  }
  return faults;
}

/**
 * The errors at one path may come from the branches of a nullable union: when the value had
 * the right type, its own faults are the telling ones; otherwise name the accepted types.
 */
function messages(group: readonly ErrorObject[]): string[] {
  const others = group.filter((error) => error.keyword !== 'type');
  if (others.length > 0) return others.map(message);
  const types = [...new Set(group.map((error) => String(error.params.type)))];
  return [`must be ${types.map((type) => TYPE_NAMES[type] ?? type).join(' or ')}`];
}

function message(error: ErrorObject): string {
  const { limit } = error.params as { limit?: unknown };
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'format':
      return 'must be an ISO 8601 date-time with a time zone, e.g. 2025-01-15T10:00:00.000Z';
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`;
    case 'maxLength':
      return `must be at most ${limit} characters long`;
    case 'minItems':
      return `must hold at least ${limit} item${limit === 1 ? '' : 's'}`;
    default:
      return error.message ?? 'is invalid';
  }
}

const dateTimeValidator = compile<string>(Type.String({ format: 'date-time' }));

/** Whether `value` is an ISO 8601 date-time with a time zone (the schemas' `date-time`). */
export const isIsoDateTime = (value: unknown): value is string => dateTimeValidator(value);
