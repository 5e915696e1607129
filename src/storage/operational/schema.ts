/**
 * The operational store's tables, composed from each capability's own table types.
 * Capabilities add their tables here as they arrive (model, automate, …).
 */
import type { AccessTables } from '../../access/tables.ts';
import type { ModelTables } from '../../model/tables.ts';

export type OperationalDatabase = AccessTables & ModelTables;
