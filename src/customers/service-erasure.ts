/**
 * Right of access (export) and right to erasure, through every store holding customer data
 * (./erasure.ts), and the erasure log kept in the operational store without personal data.
 */
import { newId } from '../shared/ids.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { collectExport, eraseEverywhere, subjectOf } from './erasure.ts';
import { type Eraser, type ErasureEntry, insertErasure, listErasures } from './erasure-log.ts';
import { type CustomersContext, customerNotFound } from './service.ts';

export const EXPORT_FORMAT = 'parcours.customer-export';
export const EXPORT_VERSION = 1;

/** The export document: what every store holds about the customer, as JSON. */
export interface CustomerExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exportedAt: string;
  readonly workspaceId: string;
  readonly customerId: string;
  readonly [part: string]: unknown;
}

/** Everything held about the customer; not found when no store holds anything. */
export async function exportCustomer(
  c: CustomersContext,
  workspaceId: string,
  customerId: string,
): Promise<Result<CustomerExport>> {
  const subject = await subjectOf(c.events, workspaceId, customerId);
  const { held, parts } = await collectExport(c.targets, workspaceId, subject);
  if (!held) return fail(customerNotFound(customerId));
  // JSON round trip: dates become ISO strings, as in every other answer of the API.
  const data = JSON.parse(JSON.stringify(parts)) as Record<string, unknown>;
  return ok({
    ...data,
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: c.access.now().toISOString(),
    workspaceId,
    customerId,
  });
}

/**
 * Erases the customer from every store, then logs it (customer id, counts, who, when). Not
 * found when no store holds anything about the customer: nothing to erase, nothing logged.
 */
export async function eraseCustomer(
  c: CustomersContext,
  workspaceId: string,
  customerId: string,
  erasedBy: Eraser,
): Promise<Result<ErasureEntry>> {
  const subject = await subjectOf(c.events, workspaceId, customerId);
  const { held } = await collectExport(c.targets, workspaceId, subject);
  if (!held) return fail(customerNotFound(customerId));
  const counts = await eraseEverywhere(c.targets, workspaceId, subject);
  const entry: ErasureEntry = {
    id: newId(),
    customerId,
    counts,
    erasedAt: c.access.now().toISOString(),
    erasedBy,
  };
  await insertErasure(c.access.db, workspaceId, entry);
  return ok(entry);
}

export const erasureLog = (
  c: CustomersContext,
  workspaceId: string,
  limit = 200,
): Promise<ErasureEntry[]> => listErasures(c.access.db, workspaceId, limit);
