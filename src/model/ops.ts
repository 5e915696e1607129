/**
 * `applyOps`: the one way a workspace model changes. Pure (the input model and
 * ops are never mutated) and atomic (one failing op fails the whole list, and
 * nothing is applied). Each op checks its references, and what it wrote is
 * checked against its schema, with the op's own field paths; then the result
 * must pass the schema and `validateModel` as a whole, and any problem it would
 * introduce is reported against the op that introduced it.
 */
import { type Failure, fail, ok, type Result } from '../shared/result.ts';
import { schemaProblems } from './gate.ts';
import { applyJourneyOp } from './ops-journeys.ts';
import { applyListOp, isListOp } from './ops-lists.ts';
import type { ModelOp } from './ops-schema.ts';
import {
  type ChangeEntry,
  done,
  invalidFields,
  type OpContext,
  type OpResult,
  type Touched,
} from './ops-support.ts';
import { applyTouchpointOp } from './ops-touchpoints.ts';
import { applyTransitionOp } from './ops-transitions.ts';
import { WorkspaceModel } from './schema.ts';
import { type ModelProblem, validateModel } from './validate.ts';

export type { ChangeEntity, ChangeEntry, OpContext } from './ops-support.ts';

export interface AppliedOps {
  model: WorkspaceModel;
  /** One entry per op that changed something (updates to the same values leave none). */
  changes: ChangeEntry[];
  /** Per op, in order: the id of what it created (add, deriveTarget), else null. */
  createdIds: (string | null)[];
}

export function applyOps(
  model: WorkspaceModel,
  ops: readonly ModelOp[],
  ctx: OpContext,
): Result<AppliedOps> {
  const issued: string[] = [];
  const recording: OpContext = {
    newId: () => {
      const id = ctx.newId();
      issued.push(id);
      return id;
    },
  };
  const run = runOps(model, ops, recording);
  if (!run.ok) return run;
  const { model: result, changes, createdIds } = run.value;
  const problems = modelProblems(result, true);
  if (problems.length === 0) return ok({ model: result, changes, createdIds });
  // Problems the model already had are not the edit's fault (and must not block it).
  const known = new Set(modelProblems(model, true).map(problemKey));
  const fresh = problems.filter((problem) => !known.has(problemKey(problem)));
  if (fresh.length === 0) return ok({ model: result, changes, createdIds });
  const withSchema = fresh.some((problem) => problem.source === 'schema');
  return fail(blame(model, ops, issued, known, withSchema));
}

function runOps(
  model: WorkspaceModel,
  ops: readonly ModelOp[],
  ctx: OpContext,
): Result<AppliedOps> {
  const draft = structuredClone(model);
  const run: AppliedOps = { model: draft, changes: [], createdIds: [] };
  for (const [index, op] of ops.entries()) {
    const outcome = applyChecked(draft, op, `/ops/${index}`, ctx);
    if (!outcome.ok) return outcome;
    if (outcome.value.change) run.changes.push(outcome.value.change);
    run.createdIds.push(outcome.value.createdId);
  }
  return ok(run);
}

/** Applies one op, then checks what it wrote against its schema, at the op's own fields. */
function applyChecked(draft: WorkspaceModel, op: ModelOp, at: string, ctx: OpContext): OpResult {
  const outcome = applyOp(draft, op, at, ctx);
  const touched = outcome.ok ? outcome.value.touched : undefined;
  if (!touched) return outcome;
  const { fields, fieldsPath } = touched;
  const errors = schemaProblems(touched.value, touched.schema)
    .filter(({ path }) => !fields || fields.some((field) => `${path}/`.startsWith(`/${field}/`)))
    .map(({ path, message }) => ({ field: `${fieldsPath}${path}`, message }));
  return errors.length > 0 ? fail(invalidFields(errors)) : outcome;
}

function applyOp(draft: WorkspaceModel, op: ModelOp, at: string, ctx: OpContext): OpResult {
  if (isListOp(op)) return applyListOp(draft, op, at, ctx);
  switch (op.op) {
    case 'currency.set': {
      const changed = draft.currency !== op.currency;
      draft.currency = op.currency;
      const change = { op: op.op, entity: 'workspace', id: 'currency', name: op.currency } as const;
      return done(changed ? { ...change, fields: ['currency'] } : null, {
        value: draft.currency,
        schema: WorkspaceModel.properties.currency,
        entityPath: '/currency',
        fieldsPath: `${at}/currency`,
      });
    }
    case 'journey.add':
    case 'journey.deriveTarget':
    case 'journey.rename':
    case 'journey.remove':
      return applyJourneyOp(draft, op, at, ctx);
    case 'touchpoint.add':
    case 'touchpoint.update':
    case 'touchpoint.remove':
      return applyTouchpointOp(draft, op, at, ctx);
    case 'transition.add':
    case 'transition.update':
    case 'transition.remove':
      return applyTransitionOp(draft, op, at, ctx);
  }
}

type TaggedProblem = ModelProblem & { readonly source: 'schema' | 'rules' };

/** The model rules, and the whole schema when asked (each op already checked what it wrote). */
const modelProblems = (model: WorkspaceModel, withSchema: boolean): TaggedProblem[] => [
  ...(withSchema ? schemaProblems(model) : []).map((problem) => ({
    ...problem,
    source: 'schema' as const,
  })),
  ...validateModel(model).map((problem) => ({ ...problem, source: 'rules' as const })),
];

/** Rule messages name things by name and id, so they survive a reorder; schema ones do not. */
const problemKey = (problem: TaggedProblem): string =>
  problem.source === 'rules' ? problem.message : `${problem.path} ${problem.message}`;

/**
 * Replays the ops one by one (with the same ids) to find the first one that
 * breaks the model, and reports its problems at the op's own fields when they
 * lie inside what it wrote. Only runs on failure, so success costs one check.
 */
function blame(
  model: WorkspaceModel,
  ops: readonly ModelOp[],
  issued: readonly string[],
  known: ReadonlySet<string>,
  withSchema: boolean,
): Failure {
  const replayed = [...issued];
  const ctx: OpContext = { newId: () => replayed.shift() ?? `replay-${replayed.length}` };
  const draft = structuredClone(model);
  for (const [index, op] of ops.entries()) {
    const at = `/ops/${index}`;
    const outcome = applyOp(draft, op, at, ctx);
    if (!outcome.ok) return outcome.error;
    const problems = modelProblems(draft, withSchema).filter(
      (problem) => !known.has(problemKey(problem)),
    );
    if (problems.length > 0) {
      return invalidFields(problems.map((problem) => locate(problem, at, outcome.value.touched)));
    }
  }
  return invalidFields([{ field: '/ops', message: 'the changes would leave the model invalid' }]);
}

function locate(problem: ModelProblem, at: string, touched: Touched | undefined) {
  const prefix = touched ? `${touched.entityPath}/` : undefined;
  if (touched && prefix && problem.path.startsWith(prefix)) {
    return {
      field: `${touched.fieldsPath}/${problem.path.slice(prefix.length)}`,
      message: problem.message,
    };
  }
  return { field: at, message: `${problem.message} (at ${problem.path || '/'} in the model)` };
}
