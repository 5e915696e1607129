import { describe, expect, it } from 'vitest';
import { type SurveyTicket, signTicket, verifyTicket } from './tickets.ts';

const secret = Buffer.from('k'.repeat(64));
const now = new Date('2026-03-01T10:00:00Z');
const ticket: SurveyTicket = {
  workspaceId: 'ws1',
  surveyId: 'sv1',
  userId: 'camille',
  anonymousId: null,
  expiresAt: new Date('2026-03-31T10:00:00Z'),
  via: 'link',
  lang: 'fr',
  nonce: null,
};

describe('survey tickets', () => {
  it('round-trips a signed ticket', () => {
    const token = signTicket(secret, ticket);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(verifyTicket(secret, token, now)).toEqual({ ok: true, value: ticket });
  });

  it('refuses a ticket changed to answer for someone else, or signed with another key', () => {
    const [payload = '', signature] = signTicket(secret, ticket).split('.');
    const json = Buffer.from(payload, 'base64url').toString('utf8').replace('camille', 'martine');
    const forged = `${Buffer.from(json).toString('base64url')}.${signature}`;
    expect(verifyTicket(secret, forged, now)).toMatchObject({
      ok: false,
      error: { reason: 'invalid' },
    });
    const other = signTicket(Buffer.from('x'.repeat(64)), ticket);
    expect(verifyTicket(secret, other, now)).toMatchObject({
      ok: false,
      error: { reason: 'invalid' },
    });
    for (const junk of ['', 'abc', 'a.b.c', '..', `${payload}.`]) {
      expect(verifyTicket(secret, junk, now).ok, junk).toBe(false);
    }
  });

  it('expires at its expiry instant', () => {
    const token = signTicket(secret, ticket);
    const expired = verifyTicket(secret, token, new Date('2026-03-31T10:00:00Z'));
    expect(expired).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'expired' },
    });
  });
});
