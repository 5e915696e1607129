/**
 * Turns the event store's refusals of malformed arguments into `invalid` failures that name
 * the HTTP field (the store says `after`, the API calls it `cursor`). Anything else is a bug
 * and is thrown again, to be logged and answered 500 by the error edge.
 */
import { fail, invalid, type Result } from '../shared/result.ts';
import { InvalidEventQueryError } from '../storage/events/port.ts';

const API_FIELDS: Readonly<Record<string, string>> = { after: 'cursor' };

export function storeFailure<T>(error: unknown): Result<T> {
  if (!(error instanceof InvalidEventQueryError)) throw error;
  const field = API_FIELDS[error.field] ?? error.field;
  return fail(invalid(`/${field}`, error.message.slice(error.field.length + 2)));
}
