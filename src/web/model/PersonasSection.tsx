import { type CSSProperties, type ReactNode, useId, useState } from 'react';
import type { Persona } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ItemForm } from './ItemForm.tsx';
import { useModelDocument } from './ModelContext.tsx';
import { RowActions } from './RowActions.tsx';
import { formatShare } from './share.ts';

type Editing = null | 'new' | string;

/** Personas as cards in their colour, each editable in place. */
export function PersonasSection() {
  const { t } = useI18n();
  const { snapshot, canEdit } = useModelDocument();
  const titleId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const personas = snapshot.model.personas;

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="section-persona">
      <div>
        <h2 id={titleId}>{t('model.personas.title')}</h2>
        <p className="lead">{t('model.personas.intro')}</p>
      </div>
      {personas.length === 0 && <p className="muted">{t('model.personas.empty')}</p>}
      <ul className="persona-grid">
        {personas.map((persona) => (
          <li key={persona.id} className={editing === persona.id ? 'persona-editing' : undefined}>
            {editing === persona.id ? (
              <ItemForm
                entity="persona"
                item={persona}
                title={`${t('model.edit')} · ${persona.name}`}
                onDone={() => setEditing(null)}
              />
            ) : (
              <PersonaCard persona={persona}>
                {canEdit && (
                  <RowActions
                    entity="persona"
                    items={personas}
                    item={persona}
                    onEdit={() => setEditing(persona.id)}
                  />
                )}
              </PersonaCard>
            )}
          </li>
        ))}
      </ul>
      {canEdit &&
        (editing === 'new' ? (
          <ItemForm
            entity="persona"
            item={null}
            title={t('model.personas.add')}
            onDone={() => setEditing(null)}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button"
              data-testid="add-persona"
              onClick={() => setEditing('new')}
            >
              {t('model.personas.add')}
            </button>
          </p>
        ))}
    </section>
  );
}

interface PersonaCardProps {
  readonly persona: Persona;
  readonly children: ReactNode;
}

function PersonaCard({ persona, children }: PersonaCardProps) {
  const { t, lang } = useI18n();
  const colour = { '--persona-color': persona.color } as CSSProperties;
  return (
    <article className="persona-card" style={colour} data-testid="persona-row" data-id={persona.id}>
      <header className="persona-head">
        {persona.pictureUrl === null ? (
          <span className="persona-avatar" aria-hidden="true">
            {persona.name.trim().charAt(0).toUpperCase()}
          </span>
        ) : (
          <img className="persona-avatar" src={persona.pictureUrl} alt="" />
        )}
        <div>
          <h3>{persona.name}</h3>
          {persona.share !== null && (
            <p className="persona-share">
              {t('model.persona.shareValue', { share: formatShare(persona.share, lang) })}
            </p>
          )}
        </div>
      </header>
      {persona.description !== '' && <p className="persona-description">{persona.description}</p>}
      <PersonaList title={t('model.persona.goals')} items={persona.goals} />
      <PersonaList title={t('model.persona.frustrations')} items={persona.frustrations} />
      {children}
    </article>
  );
}

function PersonaList({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly string[];
}) {
  if (items.length === 0) return null;
  return (
    <div className="persona-list">
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
