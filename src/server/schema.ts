/**
 * Helpers for payload schemas. Every HTTP payload has one TypeBox schema that is
 * at once the JSON Schema validated by Fastify, the TypeScript type of the
 * handler's input and output, and its entry in the OpenAPI document.
 */
import { type TObject, type TProperties, Type } from 'typebox';

/** An object that refuses unknown fields, so a typo is an error and not silently ignored. */
export const Strict = <P extends TProperties>(properties: P, description?: string): TObject<P> =>
  Type.Object(
    properties,
    description === undefined
      ? { additionalProperties: false }
      : { additionalProperties: false, description },
  );

export const Id = Type.String({ minLength: 1, maxLength: 64, description: 'Identifier' });

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601 UTC time' });

export const Name = (description: string) =>
  Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description });

/** RFC 9457 problem details, the body of every error response. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

export const ProblemRef = Type.Ref('Problem');

/** The error responses a route may give, for the OpenAPI document. */
export const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, ProblemRef]));
