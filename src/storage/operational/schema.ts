/**
 * The operational store's tables, composed from each capability's own table types.
 * Capabilities add their tables here as they arrive (model, automate, …).
 */
import type { AccessTables } from '../../access/tables.ts';
import type { CustomerTables } from '../../customers/tables.ts';
import type { FeedbackTables } from '../../feedback/tables.ts';
import type { ImportTables } from '../../ingest/import/tables.ts';
import type { MappingTables } from '../../mapping/tables.ts';
import type { ModelTables } from '../../model/tables.ts';
import type { PrioritiseTables } from '../../prioritise/tables.ts';

export type OperationalDatabase = AccessTables &
  ModelTables &
  ImportTables &
  MappingTables &
  CustomerTables &
  FeedbackTables &
  PrioritiseTables;
