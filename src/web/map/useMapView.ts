import { useCallback, useState } from 'react';
import type { JourneyState, WorkspaceModel } from '../../model/schema.ts';
import { readSetting, writeSetting } from '../ui/storage.ts';
import {
  canCompare,
  journeyOfState,
  type PersonaJourneys,
  personaJourneys,
  pickPersonaId,
} from './journeys.ts';

const NO_JOURNEYS: PersonaJourneys = { current: undefined, target: undefined };

/**
 * What the map shows: the persona (remembered per workspace), current or target, the
 * selected card, the compare view and a link being drawn. Ids are kept, the items are looked
 * up in the latest model, so a card removed by an edit simply closes its panel.
 */
export function useMapView(workspaceId: string, model: WorkspaceModel) {
  const storageKey = `parcours.map.persona.${workspaceId}`;
  const [chosenPersonaId, setChosenPersonaId] = useState(() => readSetting(storageKey));
  const [state, setState] = useState<JourneyState>('current');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [compareOn, setCompareOn] = useState(false);
  const [linkingFromId, setLinkingFromId] = useState<string | null>(null);

  const personaId = pickPersonaId(model.personas, chosenPersonaId);
  const persona = model.personas.find((item) => item.id === personaId);
  const journeys = personaId === undefined ? NO_JOURNEYS : personaJourneys(model, personaId);
  const journey = journeyOfState(journeys, state);
  const find = (id: string | null) => journey?.touchpoints.find((item) => item.id === id);

  const choosePersona = useCallback(
    (id: string) => {
      setChosenPersonaId(id);
      writeSetting(storageKey, id);
      setSelectedId(null);
      setLinkingFromId(null);
    },
    [storageKey],
  );

  const chooseState = useCallback((next: JourneyState) => {
    setState(next);
    setSelectedId(null);
    setLinkingFromId(null);
  }, []);

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    setLinkingFromId(null);
  }, []);

  return {
    persona,
    journeys,
    journey,
    state,
    selected: find(selectedId),
    linkingFrom: find(linkingFromId),
    comparing: compareOn && canCompare(journeys),
    choosePersona,
    chooseState,
    select,
    setCompare: setCompareOn,
    startLinking: setLinkingFromId,
    cancelLinking: useCallback(() => setLinkingFromId(null), []),
  };
}

export type MapView = ReturnType<typeof useMapView>;
