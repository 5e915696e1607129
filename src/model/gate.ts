/**
 * The one gate for untrusted model documents (imports, restores of old
 * versions): nothing else trusts a model that did not come out of `applyOps`
 * or out of here. It repairs what is safe to repair and says so, and reports
 * everything else, every problem at once, with its JSON-pointer path into the
 * input. Imports are all or nothing: one unrepaired problem means no model.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { type TSchema, Type } from 'typebox';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION } from './document.ts';
import { Touchpoint, Transition, WorkspaceModel } from './schema.ts';
import { type ModelProblem, validateModel } from './validate.ts';

export interface RestoreProblem {
  readonly path: string;
  readonly message: string;
  /** true: fixed in the returned model (and said so); false: the document is refused. */
  readonly repaired: boolean;
}

export interface RestoredModel {
  readonly model: WorkspaceModel | null;
  readonly problems: RestoreProblem[];
}

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** What validateModel reads: when this holds, its rules can run even if other fields are wrong. */
const Str = Type.String();
const NullableStr = Type.Union([Str, Type.Null()]);
const Named = Type.Array(Type.Object({ id: Str, name: Str }));
const Skeleton = Type.Object({
  personas: Named,
  phases: Named,
  stages: Named,
  channels: Named,
  objectives: Named,
  journeys: Type.Array(
    Type.Object({
      id: Str,
      name: Str,
      personaId: Str,
      state: Str,
      derivedFromId: NullableStr,
      touchpoints: Type.Array(
        Type.Object({
          id: Str,
          name: Str,
          stageId: Str,
          channelId: Str,
          objectiveIds: Type.Array(Str),
          lifecyclePhaseId: NullableStr,
          derivedFromId: NullableStr,
        }),
      ),
      transitions: Type.Array(Type.Object({ id: Str, fromId: Str, toId: Str })),
    }),
  ),
});

let ajv: Ajv | undefined;
const validators = new Map<TSchema, ValidateFunction>();

/** Compiled once per schema, on first use (compiling the model schema takes a while). */
function validatorOf(schema: TSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    ajv ??= addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }));
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/**
 * Everything `schema` refuses in `value`, as one clear message per path and
 * fault; paths are relative to `value`. The model schema unless told otherwise.
 */
export function schemaProblems(value: unknown, schema: TSchema = WorkspaceModel): ModelProblem[] {
  const validate = validatorOf(schema);
  return validate(value) ? [] : describeErrors(validate.errors ?? []);
}

/**
 * Reads a model document (or a bare workspace model, e.g. a stored version),
 * repairs what is safe, and returns the model only if nothing else is wrong.
 */
export function restoreModelDocument(input: unknown): RestoredModel {
  const found = findModel(input);
  if ('refused' in found) return { model: null, problems: found.refused };
  const { body, prefix } = found;
  const repairs: RestoreProblem[] = [];
  const repaired = repair({ ...WorkspaceModel }, body, '', repairs);
  const refused = schemaProblems(repaired);
  if (validatorOf(Skeleton)(repaired)) refused.push(...validateModel(repaired as WorkspaceModel));
  const problems = [...repairs, ...refused.map((problem) => ({ ...problem, repaired: false }))];
  return {
    model: refused.length === 0 ? (repaired as WorkspaceModel) : null,
    problems: problems.map((problem) => ({ ...problem, path: `${prefix}${problem.path}` })),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MODEL_KEYS = Object.keys(WorkspaceModel.properties);

type Found = { body: unknown; prefix: string } | { refused: RestoreProblem[] };

function findModel(input: unknown): Found {
  const refuse = (path: string, message: string): Found => ({
    refused: [{ path, message, repaired: false }],
  });
  if (!isRecord(input)) return refuse('', `is not a ${MODEL_FORMAT} document (a JSON object)`);
  if (!('format' in input)) {
    return MODEL_KEYS.some((key) => key in input)
      ? { body: input, prefix: '' }
      : refuse('', `is not a ${MODEL_FORMAT} document: it has no format and no model fields`);
  }
  const { format, formatVersion } = input;
  if (format !== MODEL_FORMAT) {
    return refuse('/format', `is ${JSON.stringify(format)}: only ${MODEL_FORMAT} can be read`);
  }
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return refuse('/formatVersion', 'must be a whole number from 1');
  }
  if (formatVersion > MODEL_FORMAT_VERSION) {
    return refuse(
      '/formatVersion',
      `is ${formatVersion}: the document comes from a newer version of Parcours (this one reads up to ${MODEL_FORMAT_VERSION})`,
    );
  }
  if (!('model' in input)) return refuse('/model', 'is missing');
  return { body: input.model, prefix: '/model' };
}

type Schema = Readonly<Record<string, unknown>>;
const branches = (schema: Schema): Schema[] =>
  Array.isArray(schema.anyOf) ? schema.anyOf.filter(isRecord) : [];
const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Missing fields whose safe default is not the generic one of their type. */
const SPECIAL_DEFAULTS = new Map<unknown, unknown>([
  [Transition.properties.possible, true],
  [Touchpoint.properties.performance, 'neutral'],
]);

/** The value a missing field safely takes, or undefined when it has none (then it is a problem). */
function missingDefault(schema: Schema): unknown {
  if (SPECIAL_DEFAULTS.has(schema)) return SPECIAL_DEFAULTS.get(schema);
  if (branches(schema).some((branch) => branch.type === 'null')) return null;
  if (schema.type === 'array') return [];
  if (schema.type === 'boolean') return false;
  const isFreeText = schema.type === 'string' && !('minLength' in schema) && !('pattern' in schema);
  return isFreeText ? '' : undefined;
}

/** The branch of a union that describes a value of this shape. */
const branchFor = (schema: Schema, value: unknown): Schema | undefined =>
  branches(schema).find(
    (branch) =>
      (branch.type === 'object' && isRecord(value)) ||
      (branch.type === 'array' && Array.isArray(value)) ||
      (branch.type === 'string' && typeof value === 'string'),
  );

/** Descriptions and notes are kept as written: a final line break there is the author's. */
const isLongText = (schema: Schema): boolean =>
  typeof schema.maxLength === 'number' && schema.maxLength > LONG_TEXT && !('format' in schema);
const LONG_TEXT = 500;

/**
 * A repaired copy of `value` against `schema` (never mutates it): missing fields
 * with a safe default filled, unknown fields dropped, short text (ids, names,
 * codes) trimmed. Whatever it cannot fix is left for schema validation to report.
 */
function repair(schema: Schema, value: unknown, path: string, repairs: RestoreProblem[]): unknown {
  const note = (at: string, message: string) => repairs.push({ path: at, message, repaired: true });
  if ('anyOf' in schema) {
    const branch = branchFor(schema, value);
    return branch ? repair(branch, value, path, repairs) : value;
  }
  if (schema.type === 'string' && typeof value === 'string' && !isLongText(schema)) {
    const trimmed = value.trim();
    if (trimmed !== value) note(path, 'spaces around the text removed');
    return trimmed;
  }
  if (schema.type === 'array' && Array.isArray(value) && isRecord(schema.items)) {
    const items = schema.items;
    return value.map((item, index) => repair(items, item, `${path}/${index}`, repairs));
  }
  if (schema.type !== 'object' || !isRecord(value) || !isRecord(schema.properties)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.properties)) {
    if (!isRecord(field)) continue;
    const at = `${path}/${escapeKey(key)}`;
    if (key in value) {
      out[key] = repair(field, value[key], at, repairs);
      continue;
    }
    const fallback = missingDefault(field);
    if (fallback === undefined) continue;
    out[key] = fallback;
    note(at, `was missing: set to ${JSON.stringify(fallback)}`);
  }
  for (const key of Object.keys(value)) {
    if (!(key in schema.properties)) note(`${path}/${escapeKey(key)}`, 'unknown field dropped');
  }
  return out;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** Ajv errors → one message per path and fault, without the noise of union branches. */
function describeErrors(errors: readonly ErrorObject[]): ModelProblem[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue;
    const { missingProperty, additionalProperty } = error.params as Record<string, unknown>;
    const child = missingProperty ?? additionalProperty;
    const path =
      typeof child === 'string' ? `${error.instancePath}/${escapeKey(child)}` : error.instancePath;
    byPath.set(path, [...(byPath.get(path) ?? []), error]);
  }
  const problems: ModelProblem[] = [];
  for (const [path, group] of byPath) {
    for (const message of new Set(groupMessages(group))) problems.push({ path, message });
  }
  return problems;
}

/**
 * The errors at one path come from the branches of a union: when a branch got
 * the value's type right, its own faults are the ones worth telling.
 */
function groupMessages(group: readonly ErrorObject[]): string[] {
  const isType = (error: ErrorObject) => error.keyword === 'type';
  const others = group.filter((error) => !isType(error) && error.keyword !== 'const');
  if (others.length > 0) return others.map(describeError);
  const orNull = group.some((error) => isType(error) && error.params.type === 'null');
  const choices = new Set(
    group
      .map((error) =>
        error.keyword === 'const' ? error.params.allowedValue : error.parentSchema?.const,
      )
      .filter((choice) => choice !== undefined)
      .map((choice) => JSON.stringify(choice)),
  );
  if (choices.size > 0)
    return [`must be one of ${[...choices].join(', ')}${orNull ? ' or null' : ''}`];
  const types = group.filter(isType).map((error) => String(error.params.type));
  const expected = [...new Set(types.filter((type) => type !== 'null'))];
  // Only the null alternative failed: the real faults are deeper, inside the value.
  if (expected.length === 0) return [];
  if (orNull) expected.push('null');
  return [`must be ${expected.map((type) => TYPE_NAMES[type] ?? type).join(' or ')}`];
}

function describeError(error: ErrorObject): string {
  const { limit, pattern, format } = error.params as Record<string, unknown>;
  const description = error.parentSchema?.description;
  switch (error.keyword) {
    case 'required':
      return 'is missing';
    case 'additionalProperties':
      return 'is not a known field';
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'minLength':
      return limit === 1 ? 'must not be blank' : `must have at least ${limit} characters`;
    case 'pattern':
      if (pattern === '\\S') return 'must not be blank';
      return `must match ${String(pattern)}${typeof description === 'string' ? ` (${description})` : ''}`;
    case 'maxLength':
      return `must have at most ${limit} characters`;
    case 'maxItems':
      return `must have at most ${limit} items`;
    case 'format':
      return `must be a valid ${String(format)}`;
    default:
      return error.message ?? 'is not valid';
  }
}
