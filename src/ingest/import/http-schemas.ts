/** Payload schemas of the web import API (validation, types and OpenAPI in one place). */
import { Type } from 'typebox';
import { Id, Strict, Timestamp } from '../../server/schema.ts';

const Column = Type.String({ minLength: 1, maxLength: 500, description: 'A column of the file' });
const Columns = Type.Array(Column, { maxItems: 10_000 });
const Format = Type.Union([Type.Literal('csv'), Type.Literal('ndjson'), Type.Literal('parquet')]);
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const WorkspaceParams = Strict({ workspaceId: Id });
export const ImportParams = Strict({ workspaceId: Id, importId: Id });

export const UploadQuery = Strict({
  filename: Type.String({
    minLength: 1,
    maxLength: 255,
    description: 'Name of the file; its extension tells the format (.csv, .ndjson, .parquet…)',
  }),
  format: Type.Optional(Format),
});

const role = (description: string) => Type.Optional({ ...Column, description });

export const ImportMapping = Strict(
  {
    userId: role('Column of the customer id (userId)'),
    anonymousId: role('Column of the anonymous id'),
    timestamp: role('Column of the event time (ISO 8601, epoch s/ms, YYYY-MM-DD HH:MM:SS)'),
    event: role('Column of the event name'),
    type: role('Column of the Segment call type (track, page, identify…)'),
    channel: role('Column of the journey channel'),
    messageId: role('Column of a unique event id; derived from the row when absent'),
    passThrough: Type.Optional(
      Type.Boolean({ description: 'The rows are Segment calls: send them unchanged' }),
    ),
    properties: Type.Array(Column, {
      maxItems: 10_000,
      description: 'Columns copied into the properties (traits of identify calls)',
    }),
    numeric: Type.Optional(
      Type.Array(Column, { maxItems: 10_000, description: 'CSV property columns holding numbers' }),
    ),
  },
  'Which column fills which part of each event',
);

const PreviewRow = Type.Object({
  line: Type.Integer(),
  cells: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  unreadable: Type.Optional(Type.String()),
});

const LineError = Type.Object({
  line: Type.Integer(),
  column: nullable(Type.String()),
  message: Type.String(),
});

const Status = Type.Union([
  Type.Literal('uploaded'),
  Type.Literal('running'),
  Type.Literal('done'),
  Type.Literal('failed'),
  Type.Literal('cancelled'),
  Type.Literal('interrupted'),
]);

const jobFields = {
  id: Type.String(),
  workspaceId: Type.String(),
  filename: Type.String(),
  format: Format,
  sizeBytes: Type.Integer(),
  status: Status,
  progress: Type.Object({
    rows: Type.Integer({ description: 'Rows read so far' }),
    done: Type.Integer({ description: 'Work done, in `unit`' }),
    total: nullable(Type.Integer()),
    unit: Type.Union([Type.Literal('bytes'), Type.Literal('rows')]),
  }),
  counts: Type.Object({
    imported: Type.Integer({ description: 'Events newly stored' }),
    duplicates: Type.Integer({ description: 'Events already stored (a re-run)' }),
    refused: Type.Integer({ description: 'Rows refused; every one is in the reject file' }),
  }),
  failure: nullable(Type.String()),
  createdAt: Timestamp,
  createdBy: nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  startedAt: nullable(Timestamp),
  finishedAt: nullable(Timestamp),
};

export const ImportSummary = Type.Object(jobFields, { description: 'An import, without details' });

export const ImportJob = Type.Object(
  {
    ...jobFields,
    columns: Columns,
    preview: Type.Object({
      rows: Type.Array(PreviewRow),
      segmentRows: Type.Boolean(),
      suggestion: ImportMapping,
    }),
    mapping: nullable(ImportMapping),
    errors: Type.Array(LineError, { description: 'The first 100 errors' }),
  },
  { description: 'An import: the file, its preview, the mapping, progress and outcome' },
);

export const ImportList = Type.Object({
  imports: Type.Array(ImportSummary, { description: 'Newest first' }),
  maxBytes: Type.Integer({ description: 'Largest file accepted, in bytes' }),
});
