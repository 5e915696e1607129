/**
 * Schema validation. Bodies are validated strictly (no type coercion, unknown
 * fields refused, every error reported); path and query strings are text on the
 * wire, so they may be coerced to the numbers and booleans their schema asks for.
 */
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// discriminator: a union of objects tagged by a field (model operations, by
// `op`) is validated against the branch the tag names, so errors speak of it only.
const base: Options = {
  discriminator: true,
  allErrors: true,
  removeAdditional: false,
  useDefaults: true,
  strict: false,
};

function makeAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ ...base, coerceTypes });
  addFormats(ajv);
  return ajv;
}

export function validatorCompiler(sharedSchemas: readonly object[]): FastifySchemaCompiler<object> {
  const strict = makeAjv(false);
  const coercing = makeAjv(true);
  for (const schema of sharedSchemas) {
    strict.addSchema(schema);
    coercing.addSchema(schema);
  }
  return ({ schema, httpPart }) =>
    httpPart === 'body' ? strict.compile(schema) : coercing.compile(schema);
}
