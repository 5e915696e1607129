import { type CSSProperties, useId, useState } from 'react';
import type { ChannelKind } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { InlineName } from './InlineName.tsx';
import { useMap } from './MapContext.tsx';
import { addChannel, addStage } from './map-ops.ts';

/** "+" after the last stage: a new column, named in place. */
export function AddStage({ style }: { readonly style: CSSProperties }) {
  const { t } = useI18n();
  const { run } = useMap();
  const [open, setOpen] = useState(false);
  return (
    <div className="map-add-stage" style={style}>
      {open ? (
        <InlineName
          label={t('map.stage.name')}
          testId="new-stage-name"
          onCancel={() => setOpen(false)}
          onSubmit={async (name) => {
            const saved = (await run([addStage(name)])) !== null;
            if (saved) setOpen(false);
            return saved;
          }}
        />
      ) : (
        <button
          type="button"
          className="icon-button add-stage"
          data-testid="add-stage"
          aria-label={t('map.stage.add')}
          title={t('map.stage.add')}
          onClick={() => setOpen(true)}
        >
          <span aria-hidden="true">+</span>
        </button>
      )}
    </div>
  );
}

/** Under the last lane: a new channel, with its name and whether it is digital or physical. */
export function AddChannel({ style }: { readonly style: CSSProperties }) {
  const { t } = useI18n();
  const { run } = useMap();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ChannelKind>('digital');
  const nameId = useId();
  const kindId = useId();
  const close = () => {
    setOpen(false);
    setName('');
  };
  if (!open) {
    return (
      <div className="map-add-channel" style={style}>
        <button
          type="button"
          className="button button-quiet"
          data-testid="add-channel"
          onClick={() => setOpen(true)}
        >
          + {t('map.channel.add')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="map-add-channel map-add-channel-form"
      style={style}
      onSubmit={async (event) => {
        event.preventDefault();
        if (name.trim() === '') return;
        if ((await run([addChannel(name, kind)])) !== null) close();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <label htmlFor={nameId} className="visually-hidden">
        {t('map.channel.name')}
      </label>
      <input
        id={nameId}
        value={name}
        maxLength={200}
        placeholder={t('map.channel.name')}
        data-testid="new-channel-name"
        // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked for it.
        autoFocus
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={kindId} className="visually-hidden">
        {t('map.channel.kind')}
      </label>
      <select
        id={kindId}
        value={kind}
        data-testid="new-channel-kind"
        onChange={(event) => setKind(event.target.value === 'physical' ? 'physical' : 'digital')}
      >
        <option value="digital">{t('map.channel.kind.digital')}</option>
        <option value="physical">{t('map.channel.kind.physical')}</option>
      </select>
      <button type="submit" className="button button-primary">
        {t('map.add')}
      </button>
      <button type="button" className="button button-quiet" onClick={close}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
