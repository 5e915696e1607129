/**
 * The mapping rules a workspace has until someone saves its own: one rule per touchpoint of
 * the current journeys, matching the event name and channel that a visit to it is expected to
 * carry — the naming the journey simulator follows (src/simulate/names.ts): a touchpoint
 * "Product page" on channel "Website" is `Product Page Viewed` on channel `website`, whatever
 * the call type.
 *
 * Two touchpoints can share a name and a channel (the same "Home page" in the journeys of two
 * personas, or in two stages). Their rules then also require the event's `stageId` property
 * when their stages differ, and its `touchpointId` property when they share the stage too (the
 * simulator's events carry both). So that events without these properties are not left
 * unmapped, a fallback rule after all the others maps the name and channel alone to the first
 * of those touchpoints in map order. Touchpoints marked missing (not offered) get no rule.
 */
import type { Channel, Journey, Stage, Touchpoint, WorkspaceModel } from '../model/schema.ts';
import { channelKeyOf, eventNameOf } from '../simulate/names.ts';
import type { MappingRule, PropertyCondition } from './rules.ts';

interface Placed {
  readonly touchpoint: Touchpoint;
  readonly stage: Stage;
  readonly channel: Channel;
  readonly eventName: string;
  readonly channelKey: string;
}

const MAX_ID_LENGTH = 64;
const MAX_NAME_LENGTH = 200;

/** FNV-1a, 32 bits, in hex: a short stable stand-in for an id too long to prefix. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A rule id derived from the touchpoint id, stable as long as the touchpoint exists. */
export function defaultRuleId(prefix: 'default' | 'fallback', touchpointId: string): string {
  const id = `${prefix}-${touchpointId}`;
  return id.length <= MAX_ID_LENGTH
    ? id
    : `${prefix}-${shortHash(touchpointId)}-${touchpointId}`.slice(0, MAX_ID_LENGTH);
}

const nameOf = (placed: Placed, suffix = ''): string =>
  `${placed.touchpoint.name} · ${placed.channel.name}${suffix}`.slice(0, MAX_NAME_LENGTH);

function ruleOf(
  placed: Placed,
  id: string,
  name: string,
  properties: PropertyCondition[],
): MappingRule {
  return {
    id,
    name,
    enabled: true,
    touchpointId: placed.touchpoint.id,
    when: { types: [], events: [placed.eventName], channels: [placed.channelKey], properties },
  };
}

/** The touchpoints of the current journeys that can be visited, journey by journey, in grid order. */
function placedTouchpoints(model: WorkspaceModel): Placed[] {
  const stageOrder = new Map(model.stages.map((stage, index) => [stage.id, index]));
  const channelOrder = new Map(model.channels.map((channel, index) => [channel.id, index]));
  const gridOrder = (a: Touchpoint, b: Touchpoint) =>
    (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) ||
    (channelOrder.get(a.channelId) ?? 0) - (channelOrder.get(b.channelId) ?? 0);
  const stages = new Map(model.stages.map((stage) => [stage.id, stage]));
  const channels = new Map(model.channels.map((channel) => [channel.id, channel]));
  const current = model.journeys.filter((journey: Journey) => journey.state === 'current');
  return current.flatMap((journey) =>
    journey.touchpoints
      .filter((touchpoint) => touchpoint.performance !== 'missing')
      .sort(gridOrder)
      .flatMap((touchpoint) => {
        const stage = stages.get(touchpoint.stageId);
        const channel = channels.get(touchpoint.channelId);
        if (stage === undefined || channel === undefined) return [];
        const eventName = eventNameOf(touchpoint);
        return [{ touchpoint, stage, channel, eventName, channelKey: channelKeyOf(channel) }];
      }),
  );
}

/** The property conditions that tell `placed` apart from the others of its group. */
function disambiguation(placed: Placed, group: readonly Placed[]): PropertyCondition[] {
  const stageIds = new Set(group.map((other) => other.stage.id));
  const sameStage = group.filter((other) => other.stage.id === placed.stage.id);
  const conditions: PropertyCondition[] = [];
  if (stageIds.size > 1) conditions.push({ path: 'stageId', op: 'equals', value: placed.stage.id });
  if (sameStage.length > 1)
    conditions.push({ path: 'touchpointId', op: 'equals', value: placed.touchpoint.id });
  return conditions;
}

/** The default rules of `model` (see the top of this file). Pure and deterministic. */
export function defaultRulesFor(model: WorkspaceModel): MappingRule[] {
  const placed = placedTouchpoints(model);
  const groups = new Map<string, Placed[]>();
  for (const item of placed) {
    const key = JSON.stringify([item.eventName, item.channelKey]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  const rules: MappingRule[] = [];
  const fallbacks: MappingRule[] = [];
  for (const item of placed) {
    const group = groups.get(JSON.stringify([item.eventName, item.channelKey])) ?? [item];
    const id = defaultRuleId('default', item.touchpoint.id);
    rules.push(ruleOf(item, id, nameOf(item), group.length > 1 ? disambiguation(item, group) : []));
    if (group.length > 1 && group[0] === item) {
      const fallbackId = defaultRuleId('fallback', item.touchpoint.id);
      fallbacks.push(ruleOf(item, fallbackId, nameOf(item, ' (fallback)'), []));
    }
  }
  return [...rules, ...fallbacks];
}
