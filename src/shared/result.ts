/**
 * Expected failures are values, not exceptions (docs/adr/0004-error-model.md).
 * Domain code returns a `Result`; the HTTP edge (src/server/problem.ts) maps each
 * failure kind to one status code and an `application/problem+json` body.
 * Anything thrown instead is a bug: it is logged and answered 500 without details.
 */

export interface FieldError {
  /** JSON-pointer-like path of the offending field, e.g. `/email` or `/keys/0/name`. */
  readonly field: string;
  readonly message: string;
}

export type Failure =
  | { readonly kind: 'invalid'; readonly message: string; readonly errors: readonly FieldError[] }
  | { readonly kind: 'not-found'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string; readonly field?: string }
  | {
      readonly kind: 'unauthenticated';
      readonly message: string;
      readonly reason: 'missing' | 'invalid' | 'credentials' | 'expired' | 'revoked';
    }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'too-many'; readonly message: string; readonly retryAfterSeconds: number };

export type FailureKind = Failure['kind'];

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(error: Failure): Result<T> => ({ ok: false, error });

export const invalid = (field: string, message: string): Failure => ({
  kind: 'invalid',
  message: `${field}: ${message}`,
  errors: [{ field, message }],
});

export const notFound = (message: string): Failure => ({ kind: 'not-found', message });

export const forbidden = (message: string): Failure => ({ kind: 'forbidden', message });

export const conflict = (message: string, field?: string): Failure =>
  field === undefined ? { kind: 'conflict', message } : { kind: 'conflict', message, field };
