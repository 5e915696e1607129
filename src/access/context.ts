/** What the access services need, injected once at start-up. */
import type { Kysely } from 'kysely';
import type { OperationalDatabase } from '../storage/operational/schema.ts';

export interface AccessContext {
  readonly db: Kysely<OperationalDatabase>;
  readonly now: () => Date;
  readonly sessionTtlHours: number;
  /** Lifetime of setup and invitation links. */
  readonly invitationTtlHours: number;
}

export const addHours = (date: Date, hours: number): string =>
  new Date(date.getTime() + hours * 3_600_000).toISOString();
