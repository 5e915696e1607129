import { describe, expect, it } from 'vitest';
import type { MappingRule } from '../../mapping/rules.ts';
import { tinyModel } from '../../simulate/test-model.ts';
import {
  blankRule,
  draftReducer,
  errorsByRule,
  formatConditionValue,
  newRuleId,
  parseConditionValue,
  previewableRules,
  ruleFromGroup,
  sameRules,
  withOp,
} from './draft.ts';
import { namesById, optionsById, touchpointGroups } from './touchpoint-options.ts';

const rule = (id: string): MappingRule => ({ ...blankRule(id, id), touchpointId: 'tp' });

describe('draft of the rules', () => {
  const rules = [rule('a'), rule('b'), rule('c')];
  const ids = (list: readonly MappingRule[]) => list.map((r) => r.id);

  it('adds, removes, moves and updates rules without touching the others', () => {
    expect(ids(draftReducer(rules, { kind: 'add', rule: rule('d') }))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(ids(draftReducer(rules, { kind: 'remove', id: 'b' }))).toEqual(['a', 'c']);
    expect(ids(draftReducer(rules, { kind: 'move', id: 'c', direction: -1 }))).toEqual([
      'a',
      'c',
      'b',
    ]);
    expect(ids(draftReducer(rules, { kind: 'move', id: 'a', direction: -1 }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(ids(draftReducer(rules, { kind: 'move', id: 'c', direction: 1 }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    const updated = draftReducer(rules, {
      kind: 'update',
      id: 'b',
      change: { enabled: false, when: { events: ['X'] } },
    });
    expect(updated[1]).toEqual({
      ...rule('b'),
      enabled: false,
      when: { ...rule('b').when, events: ['X'] },
    });
    expect(updated[0]).toBe(rules[0]);
    expect(sameRules(draftReducer(updated, { kind: 'reset', rules }), rules)).toBe(true);
  });

  it('makes distinct rule ids within 64 characters', () => {
    const id = newRuleId(() => 0.5, 1_700_000_000_000);
    expect(id).toMatch(/^rule-[a-z0-9]+-[a-z0-9]{6}$/);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(newRuleId(() => 0.25, 1)).not.toBe(newRuleId(() => 0.75, 1));
  });

  it('builds a rule from a group of unmapped events', () => {
    const named = ruleFromGroup({ type: 'track', event: 'Gift', channel: 'store' }, 't', 'r', 'n');
    expect(named.when).toEqual({
      types: [],
      events: ['Gift'],
      channels: ['store'],
      properties: [],
    });
    const unnamed = ruleFromGroup({ type: 'identify', event: null, channel: null }, 't', 'r', 'n');
    expect(unnamed.when).toEqual({ types: ['identify'], events: [], channels: [], properties: [] });
  });

  it('leaves unfinished parts out of the preview', () => {
    const draft: MappingRule = {
      ...blankRule('r', ' '),
      when: {
        types: [],
        events: ['', 'A'],
        channels: [''],
        properties: [
          { path: '', op: 'exists' },
          { path: 'a.', op: 'exists' },
          { path: 'a.b', op: 'exists' },
        ],
      },
    };
    expect(previewableRules([draft])).toEqual([
      {
        ...draft,
        name: 'r',
        touchpointId: '-',
        when: {
          types: [],
          events: ['A'],
          channels: [],
          properties: [{ path: 'a.b', op: 'exists' }],
        },
      },
    ]);
  });

  it('reads typed values by operator', () => {
    expect(parseConditionValue('exists', 'x')).toBeUndefined();
    expect(parseConditionValue('in', 'pro, free,, ')).toEqual(['pro', 'free']);
    expect(parseConditionValue('gt', ' 12.5 ')).toBe(12.5);
    expect(parseConditionValue('gt', 'abc')).toBe('abc');
    expect(parseConditionValue('equals', 'true')).toBe(true);
    expect(parseConditionValue('equals', '42')).toBe('42');
    expect(formatConditionValue(['a', 1])).toBe('a, 1');
    expect(withOp({ path: 'p', op: 'equals', value: '3' }, 'gte')).toEqual({
      path: 'p',
      op: 'gte',
      value: 3,
    });
    expect(withOp({ path: 'p', op: 'equals', value: 'x' }, 'exists')).toEqual({
      path: 'p',
      op: 'exists',
    });
  });

  it('sorts the field errors of a refused save by rule', () => {
    const errors = errorsByRule([
      { field: '/rules/2/touchpointId', message: 'unknown' },
      { field: '/body/rules/0/name', message: 'too short' },
      { field: '/rules/2', message: 'bad' },
      { field: '/version', message: 'stale' },
    ]);
    expect([...errors]).toEqual([
      [
        2,
        [
          { path: 'touchpointId', message: 'unknown' },
          { path: '', message: 'bad' },
        ],
      ],
      [0, [{ path: 'name', message: 'too short' }]],
    ]);
  });
});

describe('touchpoint choices', () => {
  it('groups touchpoints by journey, current first, in stage then channel order', () => {
    const model = tinyModel();
    const groups = touchpointGroups(model, ' (target)');
    expect(groups.map((group) => group.label)).toEqual(
      model.journeys
        .filter((j) => j.touchpoints.length > 0)
        .map((j) => (j.state === 'current' ? j.name : `${j.name} (target)`)),
    );
    const stageIndex = new Map(model.stages.map((stage, index) => [stage.name, index]));
    for (const group of groups) {
      const order = group.options.map((option) => stageIndex.get(option.stage) ?? -1);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    const [first] = groups[0]?.options ?? [];
    expect(first?.label).toBe(`${first?.stage} › ${first?.channel} › ${first?.name}`);
    expect(optionsById(groups).size).toBe(groups.reduce((n, group) => n + group.options.length, 0));
    expect(namesById(model).get('arrival')).toBe('Arrival');
  });
});
