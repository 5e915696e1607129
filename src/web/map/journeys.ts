/**
 * Which journeys a persona has, which one the map shows, and what the toolbar offers when
 * one is missing. Pure: the page keeps the choices, this module decides from the model.
 */
import type { Journey, JourneyState, Persona, WorkspaceModel } from '../../model/schema.ts';

export interface PersonaJourneys {
  readonly current: Journey | undefined;
  readonly target: Journey | undefined;
}

/** The persona's current journey, and the target derived from it (or any target it has). */
export function personaJourneys(model: WorkspaceModel, personaId: string): PersonaJourneys {
  const own = model.journeys.filter((journey) => journey.personaId === personaId);
  const current = own.find((journey) => journey.state === 'current');
  const targets = own.filter((journey) => journey.state === 'target');
  const derived = targets.find(
    (journey) => current !== undefined && journey.derivedFromId === current.id,
  );
  return { current, target: derived ?? targets[0] };
}

export const journeyOfState = (
  journeys: PersonaJourneys,
  state: JourneyState,
): Journey | undefined => (state === 'current' ? journeys.current : journeys.target);

/** The remembered persona when it still exists, else the first one. */
export function pickPersonaId(
  personas: readonly Persona[],
  remembered: string | null,
): string | undefined {
  const kept = personas.find((persona) => persona.id === remembered);
  return (kept ?? personas[0])?.id;
}

/** What the toolbar proposes: a first journey, or a target copied from the current one. */
export type JourneyOffer =
  | { readonly kind: 'create' }
  | { readonly kind: 'derive'; readonly fromId: string }
  | { readonly kind: 'none' };

export function journeyOffer(journeys: PersonaJourneys): JourneyOffer {
  if (journeys.current === undefined) return { kind: 'create' };
  if (journeys.target === undefined) return { kind: 'derive', fromId: journeys.current.id };
  return { kind: 'none' };
}

/** Current and target can be compared only once both exist. */
export const canCompare = (journeys: PersonaJourneys): boolean =>
  journeys.current !== undefined && journeys.target !== undefined;
