/**
 * The rules being edited on the mapping page, as a pure reducer, and the small conversions
 * between what people type and what the API takes. No DOM, no fetch.
 */
import type { EventType } from '../../ingest/event.ts';
import type {
  MappingRule,
  PropertyCondition,
  PropertyOp,
  PropertyValue,
  RuleConditions,
} from '../../mapping/rules.ts';

export type RuleChange = Partial<Pick<MappingRule, 'name' | 'enabled' | 'touchpointId'>> & {
  readonly when?: Partial<RuleConditions>;
};

export type DraftAction =
  | { readonly kind: 'reset'; readonly rules: readonly MappingRule[] }
  | { readonly kind: 'add'; readonly rule: MappingRule }
  | { readonly kind: 'remove'; readonly id: string }
  | { readonly kind: 'move'; readonly id: string; readonly direction: -1 | 1 }
  | { readonly kind: 'update'; readonly id: string; readonly change: RuleChange };

function moved(rules: readonly MappingRule[], id: string, direction: -1 | 1): MappingRule[] {
  const index = rules.findIndex((rule) => rule.id === id);
  const rule = rules[index];
  const target = index + direction;
  if (rule === undefined || target < 0 || target >= rules.length) return [...rules];
  const next = rules.filter((other) => other.id !== id);
  next.splice(target, 0, rule);
  return next;
}

export function draftReducer(rules: readonly MappingRule[], action: DraftAction): MappingRule[] {
  switch (action.kind) {
    case 'reset':
      return [...action.rules];
    case 'add':
      return [...rules, action.rule];
    case 'remove':
      return rules.filter((rule) => rule.id !== action.id);
    case 'move':
      return moved(rules, action.id, action.direction);
    case 'update':
      return rules.map((rule) =>
        rule.id === action.id
          ? { ...rule, ...action.change, when: { ...rule.when, ...action.change.when } }
          : rule,
      );
  }
}

/** A rule id unique enough for one workspace's list (no secure context needed). */
export function newRuleId(random: () => number = Math.random, now: number = Date.now()): string {
  const suffix = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `rule-${now.toString(36)}-${suffix}`;
}

const NO_CONDITIONS: RuleConditions = { types: [], events: [], channels: [], properties: [] };

export const blankRule = (id: string, name: string): MappingRule => ({
  id,
  name,
  enabled: true,
  touchpointId: '',
  when: NO_CONDITIONS,
});

export interface EventGroup {
  readonly type: EventType;
  readonly event: string | null;
  readonly channel: string | null;
}

/** A rule matching exactly a group of unmapped events: its name and channel, else its type. */
export function ruleFromGroup(
  group: EventGroup,
  touchpointId: string,
  id: string,
  name: string,
): MappingRule {
  return {
    id,
    name: name.slice(0, 200),
    enabled: true,
    touchpointId,
    when: {
      types: group.event === null ? [group.type] : [],
      events: group.event === null ? [] : [group.event],
      channels: group.channel === null ? [] : [group.channel],
      properties: [],
    },
  };
}

/**
 * The draft as the preview API accepts it while it is being typed: unfinished parts (no
 * touchpoint yet, empty names, conditions without a path) are left out or stood in for, so
 * that the preview never fails on them. Saving sends the draft as it is.
 */
export function previewableRules(rules: readonly MappingRule[]): MappingRule[] {
  const filled = (values: readonly string[]) => values.filter((value) => value !== '');
  return rules.map((rule) => ({
    ...rule,
    name: rule.name.trim() === '' ? rule.id : rule.name,
    touchpointId: rule.touchpointId === '' ? '-' : rule.touchpointId,
    when: {
      ...rule.when,
      events: filled(rule.when.events),
      channels: filled(rule.when.channels),
      properties: rule.when.properties.filter((condition) =>
        /^[^.]+(\.[^.]+)*$/.test(condition.path),
      ),
    },
  }));
}

export const sameRules = (a: readonly MappingRule[], b: readonly MappingRule[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

const NUMERIC = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
const NUMERIC_OPS: readonly PropertyOp[] = ['gt', 'gte', 'lt', 'lte'];

/** Operators that take no value. */
export const takesNoValue = (op: PropertyOp): boolean => op === 'exists' || op === 'not-exists';

/**
 * What a typed value means for `op`: nothing for exists / not-exists; a list split on commas
 * for `in`; a number for comparisons when it reads as one; `true` / `false` as yes/no values;
 * anything else as text (numbers typed as text still match numbers, see the matching rules).
 */
export function parseConditionValue(op: PropertyOp, text: string): PropertyValue | undefined {
  if (takesNoValue(op)) return undefined;
  if (op === 'in')
    return text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  const trimmed = text.trim();
  if (NUMERIC_OPS.includes(op)) return NUMERIC.test(trimmed) ? Number(trimmed) : trimmed;
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  return text;
}

export function formatConditionValue(value: PropertyValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A condition with its value re-read for a new operator. */
export function withOp(condition: PropertyCondition, op: PropertyOp): PropertyCondition {
  const value = parseConditionValue(op, formatConditionValue(condition.value));
  return value === undefined ? { path: condition.path, op } : { path: condition.path, op, value };
}

/** A save refusal's field errors, by rule position: `/rules/3/when/events/0` → 3. */
export function errorsByRule(
  errors: readonly { readonly field: string; readonly message: string }[],
): Map<number, { readonly path: string; readonly message: string }[]> {
  const byRule = new Map<number, { path: string; message: string }[]>();
  for (const error of errors) {
    const found = /\/rules\/(\d+)(\/.*)?$/.exec(error.field);
    if (found === null) continue;
    const index = Number(found[1]);
    const list = byRule.get(index) ?? [];
    list.push({ path: (found[2] ?? '').slice(1), message: error.message });
    byRule.set(index, list);
  }
  return byRule;
}
