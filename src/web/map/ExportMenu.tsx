import type { Journey } from '../../model/schema.ts';
import { EXPORT_FORMATS, exportUrl } from '../api/model.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Downloads of the shown journey: the drawn map (SVG, PNG, PDF) and its touchpoints. */
export function ExportMenu({
  workspaceId,
  journey,
}: {
  readonly workspaceId: string;
  readonly journey: Journey;
}) {
  const { t, lang } = useI18n();
  return (
    <details
      className="map-export"
      data-testid="export-menu"
      onBlur={(event) => {
        // Closes like a menu: as soon as the focus leaves it.
        const next = event.relatedTarget;
        if (!(next instanceof Node && event.currentTarget.contains(next))) {
          event.currentTarget.open = false;
        }
      }}
    >
      <summary className="button">{t('map.export')}</summary>
      <ul className="map-export-list">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a
              href={exportUrl(workspaceId, journey.id, format, lang)}
              download
              data-testid={`export-${format}`}
            >
              {t(`map.export.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
