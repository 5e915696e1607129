import type { JourneyState, Persona } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { routePath } from '../router/routes.ts';
import type { PersonaJourneys } from './journeys.ts';
import { useMap } from './MapContext.tsx';

/** Journeys belong to personas: without one there is nothing to map yet. */
export function NoPersona({ workspaceId }: { readonly workspaceId: string }) {
  const { t } = useI18n();
  return (
    <section className="card stack map-empty" data-testid="map-no-persona">
      <h2>{t('map.noPersona.title')}</h2>
      <p>{t('map.noPersona.body')}</p>
      <p>
        <Link to={routePath({ name: 'model', workspaceId })} className="button button-primary">
          {t('map.noPersona.link')}
        </Link>
      </p>
    </section>
  );
}

interface NoJourneyProps {
  readonly persona: Persona;
  readonly state: JourneyState;
  readonly journeys: PersonaJourneys;
}

/** The shown version does not exist yet; the toolbar holds the button that creates it. */
export function NoJourney({ persona, state, journeys }: NoJourneyProps) {
  const { t } = useI18n();
  const { canEdit } = useMap();
  const derivable = state === 'target' && journeys.current !== undefined;
  return (
    <section className="card stack map-empty" data-testid="map-no-journey">
      <h2>
        {derivable
          ? t('map.empty.noTarget', { persona: persona.name })
          : t('map.empty.noJourney', { persona: persona.name })}
      </h2>
      <p>
        {!canEdit
          ? t('map.empty.askEditor')
          : derivable
            ? t('map.empty.deriveHint')
            : t('map.empty.createHint')}
      </p>
    </section>
  );
}
