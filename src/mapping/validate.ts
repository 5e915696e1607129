/**
 * What a rule list must satisfy to be saved, beyond what a reader of the schema sees at a
 * glance: the schema itself (checked again here, for callers other than the HTTP API), unique
 * rule ids, touchpoints that exist in the model, and condition values that fit their
 * operator. Every problem is reported, each with the JSON pointer of its field. Pure.
 */
import { Value } from 'typebox/value';
import type { WorkspaceModel } from '../model/schema.ts';
import type { FieldError } from '../shared/result.ts';
import { valueFits } from './conditions.ts';
import { type MappingRule, MappingRules } from './rules.ts';

/** Schema errors, one per field (a union reports one error per branch otherwise). */
function schemaProblems(rules: unknown): FieldError[] {
  if (Value.Check(MappingRules, rules)) return [];
  const byField = new Map<string, string>();
  for (const error of Value.Errors(MappingRules, rules)) {
    const field = `/rules${error.instancePath}`;
    if (!byField.has(field)) byField.set(field, error.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

function ruleProblemsOf(
  rule: MappingRule,
  at: string,
  touchpointIds: ReadonlySet<string>,
): FieldError[] {
  const problems: FieldError[] = [];
  if (!touchpointIds.has(rule.touchpointId))
    problems.push({ field: `${at}/touchpointId`, message: 'no touchpoint of the map has this id' });
  rule.when.properties.forEach((condition, index) => {
    if (!valueFits(condition.op, condition.value))
      problems.push({
        field: `${at}/when/properties/${index}/value`,
        message: valueMessage(condition.op),
      });
  });
  return problems;
}

const valueMessage = (op: string): string =>
  op === 'in'
    ? 'must be a list of values'
    : op === 'equals' || op === 'not-equals' || op === 'contains'
      ? 'must be a text, a number or true/false'
      : 'must be a number';

/** Every problem of `rules` against `model`; empty when they can be saved. */
export function ruleProblems(rules: unknown, model: WorkspaceModel): FieldError[] {
  const schema = schemaProblems(rules);
  if (schema.length > 0) return schema;
  const valid = rules as MappingRule[];
  const touchpointIds = new Set(
    model.journeys.flatMap((journey) => journey.touchpoints.map((touchpoint) => touchpoint.id)),
  );
  const seen = new Set<string>();
  return valid.flatMap((rule, index) => {
    const at = `/rules/${index}`;
    const duplicate = seen.has(rule.id)
      ? [{ field: `${at}/id`, message: 'another rule has this id' }]
      : [];
    seen.add(rule.id);
    return [...duplicate, ...ruleProblemsOf(rule, at, touchpointIds)];
  });
}
