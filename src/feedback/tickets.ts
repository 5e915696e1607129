/**
 * Signed survey tickets: who may answer which survey, until when. A personal link carries one
 * (`/s/<token>`), and so does each display of the web widget. The token is the ticket as JSON,
 * base64url-encoded, then an HMAC-SHA256 of it under the server's key: changing any character
 * (another survey, another customer, a later expiry) breaks the signature. Pure (node:crypto).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../shared/result.ts';
import { isSurveyLang, type SurveyLang } from './wording.ts';

export interface SurveyTicket {
  readonly workspaceId: string;
  readonly surveyId: string;
  readonly userId: string | null;
  readonly anonymousId: string | null;
  /** The ticket is refused from this instant (whole seconds). */
  readonly expiresAt: Date;
  readonly via: 'link' | 'widget';
  /** The respondent's language, when the sender knows it. */
  readonly lang: SurveyLang | null;
  /** Makes two displays of the widget two answers; null for links. */
  readonly nonce: string | null;
}

interface Wire {
  readonly v: 1;
  readonly w: string;
  readonly s: string;
  readonly u: string | null;
  readonly a: string | null;
  readonly x: number;
  readonly c: 'link' | 'widget';
  readonly l: SurveyLang | null;
  readonly n: string | null;
}

const DOMAIN = 'parcours-survey-ticket-v1';

const mac = (secret: Buffer, payload: string): Buffer =>
  createHmac('sha256', secret).update(`${DOMAIN}.${payload}`).digest();

export function signTicket(secret: Buffer, ticket: SurveyTicket): string {
  const wire: Wire = {
    v: 1,
    w: ticket.workspaceId,
    s: ticket.surveyId,
    u: ticket.userId,
    a: ticket.anonymousId,
    x: Math.floor(ticket.expiresAt.getTime() / 1000),
    c: ticket.via,
    l: ticket.lang,
    n: ticket.nonce,
  };
  const payload = Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

const INVALID = {
  kind: 'unauthenticated',
  reason: 'invalid',
  message: 'this survey link is not valid (it may have been altered or cut)',
} as const;

const EXPIRED = {
  kind: 'unauthenticated',
  reason: 'expired',
  message: 'this survey link has expired',
} as const;

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';
const nullableText = (value: unknown): value is string | null => value === null || text(value);

function decodeWire(payload: string): Wire | undefined {
  let wire: unknown;
  try {
    wire = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof wire !== 'object' || wire === null) return undefined;
  const w = wire as Record<string, unknown>;
  const valid =
    w.v === 1 &&
    text(w.w) &&
    text(w.s) &&
    nullableText(w.u) &&
    nullableText(w.a) &&
    (w.u !== null || w.a !== null) &&
    Number.isSafeInteger(w.x) &&
    (w.c === 'link' || w.c === 'widget') &&
    (w.l === null || isSurveyLang(w.l)) &&
    nullableText(w.n);
  return valid ? (w as unknown as Wire) : undefined;
}

/** The ticket of a token, if its signature holds and it has not expired at `now`. */
export function verifyTicket(secret: Buffer, token: string, now: Date): Result<SurveyTicket> {
  const [payload, signature, extra] = token.split('.');
  if (payload === undefined || signature === undefined || extra !== undefined) return fail(INVALID);
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return fail(INVALID);
  const wire = decodeWire(payload);
  if (wire === undefined) return fail(INVALID);
  if (now.getTime() >= wire.x * 1000) return fail(EXPIRED);
  return ok({
    workspaceId: wire.w,
    surveyId: wire.s,
    userId: wire.u,
    anonymousId: wire.a,
    expiresAt: new Date(wire.x * 1000),
    via: wire.c,
    lang: wire.l,
    nonce: wire.n,
  });
}
