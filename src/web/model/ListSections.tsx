import { useI18n } from '../i18n/I18nProvider.tsx';
import { ListSection } from './ListSection.tsx';
import { useModelDocument } from './ModelContext.tsx';
import { weightPercentages } from './weights.ts';

/** Descriptions can be long; the table shows their beginning, the form the whole text. */
function Excerpt({ text }: { readonly text: string }) {
  return text === '' ? <span className="muted">—</span> : <span className="excerpt">{text}</span>;
}

export function PhasesSection() {
  const { t } = useI18n();
  return (
    <ListSection
      entity="phase"
      title={t('model.phases.title')}
      intro={t('model.phases.intro')}
      empty={t('model.phases.empty')}
      addLabel={t('model.phases.add')}
      columns={[
        {
          header: t('model.field.description'),
          cell: (item) => <Excerpt text={item.description} />,
        },
      ]}
    />
  );
}

export function StagesSection() {
  const { t } = useI18n();
  return (
    <ListSection
      entity="stage"
      title={t('model.stages.title')}
      intro={t('model.stages.intro')}
      empty={t('model.stages.empty')}
      addLabel={t('model.stages.add')}
      columns={[
        {
          header: t('model.field.description'),
          cell: (item) => <Excerpt text={item.description} />,
        },
      ]}
    />
  );
}

export function ChannelsSection() {
  const { t } = useI18n();
  return (
    <ListSection
      entity="channel"
      title={t('model.channels.title')}
      intro={t('model.channels.intro')}
      empty={t('model.channels.empty')}
      addLabel={t('model.channels.add')}
      columns={[
        {
          header: t('model.channel.kind'),
          cell: (item) => (
            <span className={`badge badge-${item.kind}`}>{t(`model.channel.${item.kind}`)}</span>
          ),
        },
        {
          header: t('model.channel.media'),
          cell: (item) =>
            item.media.length === 0 ? (
              <span className="muted">—</span>
            ) : (
              <ul className="chips">
                {item.media.map((media) => (
                  <li key={media}>{media}</li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

export function ObjectivesSection() {
  const { t } = useI18n();
  const { snapshot } = useModelDocument();
  const percentages = weightPercentages(snapshot.model.objectives.map((item) => item.weight));
  return (
    <ListSection
      entity="objective"
      title={t('model.objectives.title')}
      intro={t('model.objectives.intro')}
      empty={t('model.objectives.empty')}
      addLabel={t('model.objectives.add')}
      columns={[
        {
          header: t('model.field.description'),
          cell: (item) => <Excerpt text={item.description} />,
        },
        {
          header: t('model.objective.weight'),
          cell: (item, index) => (
            <span className="weight">
              <span className="weight-value">{item.weight}</span>
              <span className="weight-share" data-testid="objective-share">
                {t('model.objective.share', { percent: percentages[index] ?? 0 })}
              </span>
              <span className="weight-bar" aria-hidden="true">
                <span style={{ width: `${percentages[index] ?? 0}%` }} />
              </span>
            </span>
          ),
        },
      ]}
    />
  );
}
