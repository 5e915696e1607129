import { describe, expect, it } from 'vitest';
import { makeEvent } from '../storage/events/fixtures.ts';
import { identityLinks } from './identity.ts';

const at = (seconds: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, seconds));

describe('identityLinks', () => {
  it('lists one link per distinct identity pair, in timestamp order', () => {
    const events = [
      makeEvent('ws', { messageId: 'm3', userId: 'u1', anonymousId: 'a1', timestamp: at(3) }),
      makeEvent('ws', { messageId: 'm1', userId: null, anonymousId: 'a1', timestamp: at(1) }),
      makeEvent('ws', { messageId: 'm2', userId: null, anonymousId: 'a1', timestamp: at(2) }),
      makeEvent('ws', { messageId: 'm4', userId: 'u1', anonymousId: null, timestamp: at(4) }),
    ];
    expect(identityLinks(events)).toEqual([
      { userId: null, anonymousId: 'a1', alias: false, messageId: 'm1', at: at(1) },
      { userId: 'u1', anonymousId: 'a1', alias: false, messageId: 'm3', at: at(3) },
      { userId: 'u1', anonymousId: null, alias: false, messageId: 'm4', at: at(4) },
    ]);
  });

  it('keeps batch order between equal timestamps', () => {
    const events = ['u1', 'u2'].map((userId, i) =>
      makeEvent('ws', { messageId: `m${i}`, userId, anonymousId: 'a', timestamp: at(0) }),
    );
    expect(identityLinks(events).map((link) => link.userId)).toEqual(['u1', 'u2']);
  });

  it('links an alias previousId (and its anonymousId, if any) to the userId', () => {
    const alias = makeEvent('ws', {
      messageId: 'al',
      type: 'alias',
      userId: 'u1',
      previousId: 'old',
      anonymousId: 'device',
      timestamp: at(0),
    });
    expect(identityLinks([alias])).toEqual([
      { userId: 'u1', anonymousId: 'old', alias: true, messageId: 'al', at: at(0) },
      { userId: 'u1', anonymousId: 'device', alias: false, messageId: 'al', at: at(0) },
    ]);
  });

  it('ignores events without any identity', () => {
    expect(identityLinks([makeEvent('ws', { userId: null, anonymousId: null })])).toEqual([]);
  });
});
