/**
 * A column mapping compiled to DuckDB SQL over a CSV file read by DuckDB's `read_csv`: for each
 * row, whether it is *plain* and, for a plain row, the event `mapRow` + `ingest()` would store.
 *
 * Plain means that the SQL is sure the JavaScript path accepts the row and builds exactly this
 * event: every condition below is a conservative subset of what mapping.ts, normalise.ts and
 * segment-schema.ts accept (ISO 8601 UTC times only, numbers without exponent, no control
 * characters, no whitespace that JavaScript's `trim` and DuckDB's `trim` treat differently, …).
 * A row that is not plain is not decided here: ./csv-native.ts runs it through the JavaScript
 * path, and gives up the native import if JavaScript would accept it. Pure: no database code.
 */
import { MAX_EVENT_BYTES } from '../segment-schema.ts';
import type { ColumnMapping, Role } from './mapping.ts';

export interface CsvFileSpec {
  readonly path: string;
  readonly delimiter: string;
  /** Header names, as the CSV source trimmed them. */
  readonly columns: readonly string[];
  /** Some cell may start or end with whitespace (./csv-scan.ts): cells must be trimmed. */
  readonly edgeWhitespace: boolean;
}

export interface CompileInput {
  readonly file: CsvFileSpec;
  readonly mapping: ColumnMapping;
  readonly workspaceId: string;
  readonly receivedAt: Date;
  /** SQL of the 128-bit message key of (workspace, messageId) text expressions. */
  readonly messageKey: (workspace: string, messageId: string) => string;
  /** Names of the tables `read_csv` stores the rows it could not read in. */
  readonly rejectsTable: string;
  readonly rejectsScan: string;
}

/** A SQL string literal (DuckDB gives backslashes no meaning in '…'). */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const EARLIEST = "TIMESTAMPTZ '2000-01-01 00:00:00+00'";
const MAX_FUTURE_HOURS = 24;
const ISO_UTC = String.raw`\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z`;
const PLAIN_NUMBER = String.raw`-?\d{1,15}(\.\d{1,6})?`;
/** Ends that JavaScript's `trim` removes and DuckDB's does not (controls are refused apart). */
const TRIM_GAP = String.raw`[\x{2028}\x{2029}\x{FEFF}]`;

const cell = (index: number): string => `c${index}`;

/**
 * JSON text of a cell of a plain row: the file has no quote character and a plain row no
 * control character, so escaping backslashes is all `JSON.stringify` would do.
 */
const jsonString = (sql: string): string => `('"' || replace(${sql}, '\\', '\\\\') || '"')`;

export function readCsvSql(input: CompileInput): string {
  const { file } = input;
  const columns = file.columns.map((_, i) => `'${cell(i)}': 'VARCHAR'`).join(', ');
  return `read_csv(${literal(file.path)}, delim = ${literal(file.delimiter)}, header = false,
    skip = 1, columns = {${columns}}, auto_detect = false, new_line = '\\n', strict_mode = true,
    null_padding = false, store_rejects = true,
    rejects_table = ${literal(input.rejectsTable)}, rejects_scan = ${literal(input.rejectsScan)})`;
}

/**
 * SQL of a query with, for every row read, in file order: `plain`, the cells `c0`… of a row
 * that is not (text, '' when empty; null for a plain row), the event columns of a plain row (`type`, `message_id`, `event`, `user_id`,
 * `anonymous_id`, `channel`, `ts`, `properties`, `traits`) and its `message_key`. Meant to
 * fill a table (CREATE TABLE … AS): no filter above it for DuckDB to push down (which would
 * copy the shared expressions into it), no row number (a window would read the file on one
 * thread): in the table, `rowid` counts the rows read (from the first row's).
 */
export function computedRowsSql(input: CompileInput): string {
  const { file, mapping } = input;
  const roleCell = (role: Role): string | null => {
    const column = mapping.roles[role];
    return column === undefined ? null : cell(file.columns.indexOf(column));
  };
  const trimmed = (role: Role): string => {
    const c = roleCell(role);
    if (c === null) return 'NULL';
    return file.edgeWhitespace ? `nullif(trim(${c}), '')` : `nullif(${c}, '')`;
  };
  const cells = file.columns.map((_, i) => `coalesce(${cell(i)}, '') AS ${cell(i)}`).join(', ');
  const roles: Role[] = [
    'type',
    'messageId',
    'userId',
    'anonymousId',
    'event',
    'timestamp',
    'channel',
  ];
  const trimmedRoles = roles.filter((role) => roleCell(role) !== null).map((role) => trimmed(role));
  const ws = literal(input.workspaceId);
  const received = `${literal(input.receivedAt.toISOString())}::TIMESTAMPTZ`;
  const allCells = `concat(${file.columns.map((_, i) => cell(i)).join(', ')})`;
  const numeric = mapping.properties.filter((column) => mapping.numeric.has(column));
  const numbersOk = numeric.map((column) => {
    const c = cell(file.columns.indexOf(column));
    return `(${c} = '' OR regexp_full_match(${c}, '${PLAIN_NUMBER}'))`;
  });
  const keyBytes = file.columns.reduce((sum, column) => sum + JSON.stringify(column).length, 0);
  const sizeBound = MAX_EVENT_BYTES - 2 * keyBytes - 4 * file.columns.length - 400;
  const timeColumn = roleCell('timestamp');
  const tsExpr = timeColumn === null ? received : `TRY_CAST(t_time AS TIMESTAMPTZ)`;
  const timeOk =
    timeColumn === null
      ? 'true'
      : `(t_time IS NOT NULL AND regexp_full_match(t_time, '${ISO_UTC}') AND ts IS NOT NULL
        AND ts >= ${EARLIEST} AND ts <= ${received} + INTERVAL ${MAX_FUTURE_HOURS} HOUR)`;
  const sorted = [...file.columns].sort();
  const canonical = `'{' || ${sorted
    .map((column, n) => {
      const key = `${n === 0 ? '' : ','}${JSON.stringify(column)}:`;
      return `${literal(key)} || ${jsonString(cell(file.columns.indexOf(column)))}`;
    })
    .join(' || ')} || '}'`;
  const bagParts = [
    `CASE WHEN t_channel IS NOT NULL THEN '"channel":' || ${jsonString('t_channel')} END`,
    ...mapping.properties.map((column) => {
      const c = cell(file.columns.indexOf(column));
      // A plain number has no exponent: JSON writes it the way JavaScript does, once an
      // integral value is printed as an integer (DuckDB would add ".0").
      const value = mapping.numeric.has(column)
        ? `CASE WHEN contains(${c}, '.') AND TRY_CAST(${c} AS DOUBLE) <> trunc(TRY_CAST(${c} AS DOUBLE))
            THEN to_json(TRY_CAST(${c} AS DOUBLE))::VARCHAR
            ELSE TRY_CAST(TRY_CAST(${c} AS DOUBLE) AS BIGINT)::VARCHAR END`
        : jsonString(c);
      return `CASE WHEN ${c} <> '' THEN ${literal(`${JSON.stringify(column)}:`)} || ${value} END`;
    }),
  ];
  const typeCell = roleCell('type');
  // The cells are kept for the rows that are not plain only (JavaScript decides those).
  const undecidedCells = file.columns
    .map((_, i) => `CASE WHEN plain THEN NULL ELSE ${cell(i)} END AS ${cell(i)}`)
    .join(', ');
  return `SELECT type, message_id, event, user_id, anonymous_id, channel, ts, properties, traits,
      plain, message_key, ${undecidedCells}
    FROM (SELECT *,
      (type_ok AND length(message_id) <= 200 AND ids_ok AND event_ok AND time_ok AND channel_ok
        AND numbers_ok AND NOT edge_bad AND NOT control_bad AND size_ok) AS plain,
      ${input.messageKey(ws, 'message_id')} AS message_key
    FROM (
      SELECT ${file.columns.map((_, i) => cell(i)).join(', ')}, type,
        coalesce(t_id, 'import-' || left(sha256(${canonical}), 40)) AS message_id,
        CASE WHEN type = 'identify' THEN NULL ELSE t_event END AS event,
        t_user AS user_id, t_anon AS anonymous_id,
        CASE WHEN type <> 'identify' AND length(t_channel) <= 100 THEN lower(t_channel) END
          AS channel,
        ts,
        CASE WHEN type = 'identify' THEN '{}' ELSE bag END AS properties,
        CASE WHEN type = 'identify' THEN bag ELSE '{}' END AS traits,
        type IN ('track', 'page', 'screen', 'identify')
          AND (t_type IS NULL OR strlen(t_type) = length(t_type)) AS type_ok,
        (t_user IS NOT NULL OR t_anon IS NOT NULL) AND coalesce(length(t_user), 0) <= 1000
          AND coalesce(length(t_anon), 0) <= 1000 AS ids_ok,
        CASE type WHEN 'track' THEN t_event IS NOT NULL AND length(t_event) <= 1000
          WHEN 'identify' THEN true ELSE coalesce(length(t_event), 0) <= 1000 END AS event_ok,
        ${timeOk} AS time_ok,
        (t_channel IS NULL OR strlen(t_channel) = length(t_channel)) AS channel_ok,
        ${numbersOk.length === 0 ? 'true' : numbersOk.join(' AND ')} AS numbers_ok,
        ${
          trimmedRoles.length === 0 || !file.edgeWhitespace
            ? 'false'
            : `(strlen(concat_ws(chr(30), ${trimmedRoles.join(', ')}))
                  <> length(concat_ws(chr(30), ${trimmedRoles.join(', ')}))
                AND regexp_matches(concat_ws(chr(30), ${trimmedRoles.join(', ')}),
                  '(^|\\x1E)${TRIM_GAP}|${TRIM_GAP}($|\\x1E)'))`
        } AS edge_bad,
        regexp_matches(${allCells}, '[\\x00-\\x1F\\x7F]') AS control_bad,
        strlen(${allCells}) <= ${Math.floor(sizeBound / 2)} AS size_ok
      FROM (
        SELECT *, ${tsExpr} AS ts,
          '{' || concat_ws(',', ${bagParts.join(', ')}) || '}' AS bag
        FROM (
          SELECT *,
            ${typeCell === null ? "'track'" : "coalesce(lower(t_type), 'track')"} AS type
          FROM (
            SELECT ${file.columns.map((_, i) => cell(i)).join(', ')},
              ${trimmed('type')} AS t_type, ${trimmed('messageId')} AS t_id,
              ${trimmed('userId')} AS t_user, ${trimmed('anonymousId')} AS t_anon,
              ${trimmed('event')} AS t_event, ${trimmed('timestamp')} AS t_time,
              ${trimmed('channel')} AS t_channel
            FROM (SELECT ${cells} FROM ${readCsvSql(input)})
          )
        )
      )
    ))`;
}
