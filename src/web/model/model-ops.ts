/**
 * Edits of the model's ordered lists as `ModelOp`s: what a form, an up/down button or a
 * remove button sends. Pure, so what the server receives is tested without a browser.
 */
import type { ModelOp } from '../../model/ops-schema.ts';
import type {
  Channel,
  LifecyclePhase,
  Objective,
  Persona,
  Stage,
  WorkspaceModel,
} from '../../model/schema.ts';
import type { Role } from '../api/workspaces.ts';

/** Viewers read; editors and owners change the model (the server checks it too). */
export const canEditModel = (role: Role): boolean => role !== 'viewer';

export interface ListItems {
  readonly persona: Persona;
  readonly phase: LifecyclePhase;
  readonly stage: Stage;
  readonly channel: Channel;
  readonly objective: Objective;
}
export type ListEntity = keyof ListItems;
export type ListItem<E extends ListEntity> = ListItems[E];
/** What a form edits: the item without its id, which the server assigns. */
export type ItemFields<E extends ListEntity> = Omit<ListItems[E], 'id'>;

interface ListOps<E extends ListEntity> {
  readonly list: (model: WorkspaceModel) => readonly ListItem<E>[];
  readonly add: (item: ItemFields<E>) => ModelOp;
  readonly update: (id: string, changes: Partial<ItemFields<E>>) => ModelOp;
}

// One line per entity rather than a generic `${entity}.add`: TypeScript cannot narrow a
// template literal built from a type parameter to one member of the ModelOp union.
const LIST_OPS: { readonly [E in ListEntity]: ListOps<E> } = {
  persona: {
    list: (model) => model.personas,
    add: (item) => ({ op: 'persona.add', item }),
    update: (id, changes) => ({ op: 'persona.update', id, changes }),
  },
  phase: {
    list: (model) => model.phases,
    add: (item) => ({ op: 'phase.add', item }),
    update: (id, changes) => ({ op: 'phase.update', id, changes }),
  },
  stage: {
    list: (model) => model.stages,
    add: (item) => ({ op: 'stage.add', item }),
    update: (id, changes) => ({ op: 'stage.update', id, changes }),
  },
  channel: {
    list: (model) => model.channels,
    add: (item) => ({ op: 'channel.add', item }),
    update: (id, changes) => ({ op: 'channel.update', id, changes }),
  },
  objective: {
    list: (model) => model.objectives,
    add: (item) => ({ op: 'objective.add', item }),
    update: (id, changes) => ({ op: 'objective.update', id, changes }),
  },
};

export const listOf = <E extends ListEntity>(
  model: WorkspaceModel,
  entity: E,
): readonly ListItem<E>[] => LIST_OPS[entity].list(model);

export const addOp = <E extends ListEntity>(entity: E, item: ItemFields<E>): ModelOp =>
  LIST_OPS[entity].add(item);

export const updateOp = <E extends ListEntity>(
  entity: E,
  id: string,
  changes: Partial<ItemFields<E>>,
): ModelOp => LIST_OPS[entity].update(id, changes);

export const moveOp = (entity: ListEntity, id: string, index: number): ModelOp => ({
  op: `${entity}.move`,
  id,
  index,
});

export const removeOp = (entity: ListEntity, id: string): ModelOp => ({
  op: `${entity}.remove`,
  id,
});

export const currencyOp = (currency: string): ModelOp => ({ op: 'currency.set', currency });

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs, so that history records only what the user changed. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!sameValue(before[key], after[key])) changes[key] = after[key];
  }
  return changes;
}

/** The ops of a submitted form: an add for a new item, an update of what changed, or none. */
export function saveOps<E extends ListEntity>(
  entity: E,
  existing: ListItem<E> | null,
  fields: ItemFields<E>,
): ModelOp[] {
  if (existing === null) return [addOp(entity, fields)];
  const changes = changedFields<ItemFields<E>>(existing, fields);
  return Object.keys(changes).length === 0 ? [] : [updateOp(entity, existing.id, changes)];
}

/** Up (-1) or down (+1) by one place; nothing at either end of the list. */
export function stepOps(
  entity: ListEntity,
  items: readonly { readonly id: string }[],
  id: string,
  step: -1 | 1,
): ModelOp[] {
  const index = items.findIndex((item) => item.id === id);
  const target = index + step;
  if (index < 0 || target < 0 || target >= items.length) return [];
  return [moveOp(entity, id, target)];
}
