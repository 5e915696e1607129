/**
 * The Segment tracking spec (https://segment.com/docs/connections/spec/) as TypeBox schemas:
 * the six calls, the batch envelope and the intake's answer. Each schema is at once the
 * validation of one incoming payload (see ./payload-check.ts), its TypeScript type and its
 * OpenAPI description.
 *
 * Liberal where the spec and real SDKs are: unknown top-level fields (`_metadata`, `channel`,
 * `version`, …) are allowed and ignored, `context`, `properties`, `traits` and `integrations`
 * are free objects, identifiers may be null (analytics.js sends `userId: null`). Strict where
 * it matters: types, identifier lengths and ISO 8601 timestamps with a time zone. The rule
 * "userId or anonymousId" is checked by the normaliser, which can word it better.
 */
import { type Static, type TProperties, Type } from 'typebox';
import type { EventType } from './event.ts';

/** Segment's limit on one call, in bytes of JSON. */
export const MAX_EVENT_BYTES = 32 * 1024;
/** Segment's limit on one batch request, in bytes of JSON (after decompression). */
export const MAX_BATCH_BYTES = 500 * 1024;
/** Deepest nesting of objects and arrays accepted inside one call. */
export const MAX_NESTING_DEPTH = 64;
export const MAX_MESSAGE_ID_LENGTH = 200;
export const MAX_ID_LENGTH = 1000;
export const MAX_NAME_LENGTH = 1000;

const FreeObject = (description: string) =>
  Type.Object({}, { additionalProperties: true, description });

const Identifier = (description: string) =>
  Type.String({ minLength: 1, maxLength: MAX_ID_LENGTH, description });

const NullableIdentifier = (description: string) =>
  Type.Union([Identifier(description), Type.Null()]);

const IsoTime = (description: string) =>
  Type.String({ format: 'date-time', maxLength: 64, description });

const Name = (description: string) => Type.String({ maxLength: MAX_NAME_LENGTH, description });

/** Fields every call may carry. */
const common = {
  messageId: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: MAX_MESSAGE_ID_LENGTH,
      description:
        'Unique id of the call, chosen by the sender; a call resent with the same messageId is stored once. When absent, a hash of the payload is used.',
    }),
  ),
  anonymousId: Type.Optional(NullableIdentifier('Device or session id before the user is known')),
  userId: Type.Optional(NullableIdentifier('Known, stable id of the user')),
  timestamp: Type.Optional(IsoTime('When the call happened, by the sender clock (ISO 8601)')),
  originalTimestamp: Type.Optional(
    IsoTime('When the call happened by the device clock; preferred over timestamp when both'),
  ),
  sentAt: Type.Optional(
    IsoTime('When the call was sent, by the sender clock; used to correct clock skew'),
  ),
  context: Type.Optional(FreeObject('library, ip, userAgent, campaign, locale, channel, …')),
  integrations: Type.Optional(FreeObject('Destinations to enable or disable (ignored)')),
};

const call = <T extends EventType, P extends TProperties>(
  type: T,
  properties: P,
  description: string,
) =>
  Type.Object(
    {
      type: Type.Optional(
        Type.Literal(type, { description: 'Implied by the path of single calls' }),
      ),
      ...common,
      ...properties,
    },
    { additionalProperties: true, description },
  );

export const TrackCall = call(
  'track',
  {
    event: Type.String({ minLength: 1, maxLength: MAX_NAME_LENGTH, description: 'Event name' }),
    properties: Type.Optional(FreeObject('Event properties; `channel` names the journey channel')),
  },
  'An action the user performed',
);

export const IdentifyCall = call(
  'identify',
  { traits: Type.Optional(FreeObject('What is known about the user')) },
  'Who the user is',
);

export const PageCall = call(
  'page',
  {
    name: Type.Optional(Name('Page name')),
    category: Type.Optional(Name('Page category (kept in properties.category)')),
    properties: Type.Optional(FreeObject('Page properties (url, path, referrer, title, …)')),
  },
  'A web page the user viewed',
);

export const ScreenCall = call(
  'screen',
  {
    name: Type.Optional(Name('Screen name')),
    category: Type.Optional(Name('Screen category (kept in properties.category)')),
    properties: Type.Optional(FreeObject('Screen properties')),
  },
  'An app screen the user viewed',
);

export const GroupCall = call(
  'group',
  {
    groupId: Identifier('Account or company the user belongs to'),
    traits: Type.Optional(FreeObject('What is known about the group')),
  },
  'The account or company of the user',
);

export const AliasCall = call(
  'alias',
  {
    previousId: Identifier('Former id being merged into userId'),
    userId: Identifier('New id of the user'),
  },
  'Merges a former id into a new one',
);

/** The schema of each call type. */
export const CALL_SCHEMAS = {
  track: TrackCall,
  identify: IdentifyCall,
  page: PageCall,
  screen: ScreenCall,
  group: GroupCall,
  alias: AliasCall,
} as const;

export type TrackCall = Static<typeof TrackCall>;
export type IdentifyCall = Static<typeof IdentifyCall>;
export type PageCall = Static<typeof PageCall>;
export type ScreenCall = Static<typeof ScreenCall>;
export type GroupCall = Static<typeof GroupCall>;
export type AliasCall = Static<typeof AliasCall>;
export type SegmentCall = TrackCall | IdentifyCall | PageCall | ScreenCall | GroupCall | AliasCall;

const BatchItem = Type.Union(
  [TrackCall, IdentifyCall, PageCall, ScreenCall, GroupCall, AliasCall],
  { description: 'One call; `type` is required inside a batch' },
);

/** The envelope of `/v1/batch`, `/v1/import` and `/v1/b`. */
export const BatchRequest = Type.Object(
  {
    batch: Type.Array(BatchItem, {
      minItems: 1,
      description: `Calls, at most ${MAX_EVENT_BYTES} bytes each and ${MAX_BATCH_BYTES} bytes in all`,
    }),
    sentAt: Type.Optional(IsoTime('When the batch was sent, for calls without their own sentAt')),
    context: Type.Optional(FreeObject('Merged under the context of every call')),
    writeKey: Type.Optional(
      Type.String({ description: 'Workspace write key, when there is no Authorization header' }),
    ),
  },
  { additionalProperties: true },
);
export type BatchRequest = Static<typeof BatchRequest>;

/** What the envelope check reads: the calls themselves are checked one by one. */
export const BatchEnvelope = Type.Object(
  {
    batch: Type.Array(Type.Unknown(), { minItems: 1 }),
    sentAt: Type.Optional(IsoTime('')),
    context: Type.Optional(FreeObject('')),
    writeKey: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);
export type BatchEnvelope = Static<typeof BatchEnvelope>;

const FieldErrorSchema = Type.Object({
  field: Type.String({ description: 'JSON pointer into the request, e.g. /batch/3/timestamp' }),
  message: Type.String(),
});

export const IntakeResponse = Type.Object(
  {
    success: Type.Literal(true),
    accepted: Type.Integer({ description: 'Calls newly stored' }),
    duplicates: Type.Integer({ description: 'Calls already stored (same messageId): ignored' }),
    rejected: Type.Array(
      Type.Object({
        index: Type.Integer({ description: 'Position of the call in the batch (0 for single)' }),
        messageId: Type.Union([Type.String(), Type.Null()]),
        errors: Type.Array(FieldErrorSchema),
      }),
      { description: 'Calls refused, with every reason; the others were kept' },
    ),
  },
  { description: 'Answered when at least one call was stored or all were duplicates' },
);
export type IntakeResponse = Static<typeof IntakeResponse>;
