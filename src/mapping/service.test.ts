/** The mapping rules' use cases against the real SQLite operational store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceAccess } from '../access/authorize.ts';
import type { AccessContext } from '../access/context.ts';
import { createUserRow, createWorkspaceRows } from '../access/sessions.ts';
import type { User } from '../access/types.ts';
import { initialiseModel, readModel } from '../model/service.ts';
import type { OperationalStore } from '../storage/operational/port.ts';
import { openSqliteOperationalStore } from '../storage/operational/sqlite.ts';
import { defaultRulesFor } from './defaults.ts';
import type { MappingRule } from './rules.ts';
import { readMappingRules, saveMappingRules } from './service.ts';

let store: OperationalStore;
let ctx: AccessContext;
let user: User;
let access: WorkspaceAccess;
let touchpointId: string;

beforeAll(async () => {
  store = await openSqliteOperationalStore({ path: ':memory:' });
  ctx = {
    db: store.db,
    now: () => new Date('2026-03-01T10:00:00Z'),
    sessionTtlHours: 1,
    invitationTtlHours: 1,
  };
  const created = await createUserRow(ctx.db, ctx, 'ana@example.com', 'Ana', 'x');
  if (!created.ok) throw new Error(created.error.message);
  user = created.value;
  const workspace = await createWorkspaceRows(ctx.db, ctx, 'Shop', user.id);
  await initialiseModel(ctx, workspace.id, { template: 'retail', lang: 'en', userId: null });
  access = {
    workspaceId: workspace.id,
    role: 'owner',
    principal: { kind: 'user', user, sessionExpiresAt: '2027-01-01T00:00:00Z' },
  };
  const { model } = await readModel(ctx, workspace.id);
  touchpointId = model.journeys[0]?.touchpoints[0]?.id ?? '';
});
afterAll(() => store.close());

const rule = (id: string, extra: Partial<MappingRule> = {}): MappingRule => ({
  id,
  name: `Rule ${id}`,
  enabled: true,
  touchpointId,
  when: { types: [], events: ['Signed Up'], channels: ['web'], properties: [] },
  ...extra,
});

describe('mapping rules service', () => {
  it('reads the defaults of the map while nothing is saved', async () => {
    const set = await readMappingRules(ctx, access.workspaceId);
    const { model } = await readModel(ctx, access.workspaceId);
    expect(set).toMatchObject({ version: 0, isDefault: true, updatedAt: null, updatedBy: null });
    expect(set.rules).toEqual(defaultRulesFor(model));
    expect(set.rules.length).toBeGreaterThan(10);
  });

  it('saves rules with an optimistic lock and reads them back', async () => {
    const saved = await saveMappingRules(ctx, access, access.workspaceId, [rule('a')], 0);
    expect(saved).toEqual({
      ok: true,
      value: {
        rules: [rule('a')],
        version: 1,
        updatedAt: '2026-03-01T10:00:00.000Z',
        updatedBy: 'Ana',
        isDefault: false,
      },
    });
    expect(await readMappingRules(ctx, access.workspaceId)).toEqual(saved.ok && saved.value);

    const stale = await saveMappingRules(ctx, access, access.workspaceId, [rule('b')], 0);
    expect(stale.ok || stale.error).toMatchObject({ kind: 'conflict', field: '/version' });
    const next = await saveMappingRules(ctx, access, access.workspaceId, [rule('b')], 1);
    expect(next.ok && next.value.version).toBe(2);
    const again = await saveMappingRules(ctx, access, access.workspaceId, [rule('c')], 1);
    expect(again.ok).toBe(false);
    expect((await readMappingRules(ctx, access.workspaceId)).rules).toEqual([rule('b')]);
  });

  it('refuses unknown touchpoints, duplicate ids, misfit values and malformed rules', async () => {
    const rules = [
      rule('a', { touchpointId: 'nope' }),
      rule('a', {
        when: {
          types: [],
          events: [],
          channels: [],
          properties: [{ path: 'price', op: 'gt', value: 'cheap' }],
        },
      }),
      { ...rule('c'), name: '' },
    ];
    const result = await saveMappingRules(ctx, access, access.workspaceId, rules, 2);
    expect(result.ok || result.error).toMatchObject({ kind: 'invalid' });
    const fields = !result.ok && result.error.kind === 'invalid' ? result.error.errors : [];
    expect(fields.map((error) => error.field)).toEqual(['/rules/2/name']);

    const semantic = await saveMappingRules(ctx, access, access.workspaceId, rules.slice(0, 2), 2);
    const errors = !semantic.ok && semantic.error.kind === 'invalid' ? semantic.error.errors : [];
    expect(errors.map((error) => error.field)).toEqual([
      '/rules/0/touchpointId',
      '/rules/1/id',
      '/rules/1/when/properties/0/value',
    ]);
    expect((await readMappingRules(ctx, access.workspaceId)).version).toBe(2);
  });

  it('keeps each workspace to its own rules', async () => {
    const other = await createWorkspaceRows(ctx.db, ctx, 'Other', user.id);
    expect((await readMappingRules(ctx, other.id)).isDefault).toBe(true);
    const wrong = await saveMappingRules(ctx, access, other.id, [rule('x')], 0);
    expect(wrong.ok || wrong.error.kind).toBe('forbidden');
  });
});
