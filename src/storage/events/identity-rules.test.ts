import { describe, expect, it } from 'vitest';
import type { IdentityLink } from './identity-port.ts';
import { applyLinks, type GraphSlice, identityKey } from './identity-rules.ts';

const link = (userId: string | null, anonymousId: string | null, alias = false): IdentityLink => ({
  userId,
  anonymousId,
  alias,
  messageId: `m-${userId}-${anonymousId}`,
  at: new Date(0),
});

const counter = () => {
  let n = 0;
  return () => `cus_${++n}`;
};

describe('applyLinks', () => {
  it('gives the userId to the anonymous-only customer instead of creating one', () => {
    const slice: GraphSlice = {
      owners: new Map([[identityKey('anonymous', 'a1'), 'cus_a']]),
      withUser: new Set(),
      conflicts: new Set(),
    };
    const changes = applyLinks(slice, [link('u1', 'a1')], counter());
    expect(changes.newCustomers).toEqual([]);
    expect([...changes.attached]).toEqual([[identityKey('user', 'u1'), 'cus_a']]);
  });

  it('moves an anonymous identity from an anonymous-only customer to a known user', () => {
    const slice: GraphSlice = {
      owners: new Map([
        [identityKey('anonymous', 'a1'), 'cus_a'],
        [identityKey('user', 'u1'), 'cus_u'],
      ]),
      withUser: new Set(['cus_u']),
      conflicts: new Set(),
    };
    const changes = applyLinks(slice, [link('u1', 'a1')], counter());
    expect([...changes.attached]).toEqual([[identityKey('anonymous', 'a1'), 'cus_u']]);
    expect(changes.conflicts).toEqual([]);
  });

  it('records a conflict, once, instead of merging two user customers', () => {
    const slice: GraphSlice = { owners: new Map(), withUser: new Set(), conflicts: new Set() };
    const links = [link('u1', 'a1'), link('u2', 'a1'), link('u2', 'a1')];
    const changes = applyLinks(slice, links, counter());
    expect(changes.newCustomers).toEqual(['cus_1', 'cus_2']);
    expect(
      changes.conflicts.map((c) => [c.identity.value, c.customerId, c.otherCustomerId]),
    ).toEqual([['a1', 'cus_1', 'cus_2']]);
  });
});
