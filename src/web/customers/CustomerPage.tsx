import { useMemo, useState } from 'react';
import { displayNameOrUserId } from '../../customers/views.ts';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { routePath } from '../router/routes.ts';
import { Loadable } from '../ui/Loadable.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { type ErasureEntry, exportUrl } from './customers-api.ts';
import { EraseCustomer } from './EraseCustomer.tsx';
import { EventsList } from './EventsList.tsx';
import { IdentitiesPanel } from './IdentitiesPanel.tsx';
import { JourneyTimeline } from './JourneyTimeline.tsx';
import { ProfileFacts, TraitsPanel } from './ProfileSummary.tsx';
import { pickJourney, touchpointIndex, visitsOn } from './timeline.ts';
import { type CustomerData, useCustomerData } from './useCustomerData.ts';
import { useErasureCounts } from './useErasureCounts.ts';

interface CustomerPageProps {
  readonly workspace: Workspace;
  readonly customerId: string;
}

/** One customer: who they are, their identities, and their journey on the map. */
export function CustomerPage({ workspace, customerId }: CustomerPageProps) {
  const { t } = useI18n();
  const [resource, { reload, loadMore }] = useCustomerData(workspace.id, customerId);
  const [erased, setErased] = useState<ErasureEntry | null>(null);
  const back = (
    <p className="customer-back">
      <Link to={routePath({ name: 'customers', workspaceId: workspace.id })}>
        ← {t('customer.back')}
      </Link>
    </p>
  );
  if (erased !== null) return <Erased workspaceId={workspace.id} entry={erased} />;
  return (
    <div className="customer-page">
      {back}
      <Loadable resource={resource} onRetry={reload}>
        {(data) => (
          <Profile
            workspace={workspace}
            data={data}
            onChanged={reload}
            onMore={() => void loadMore()}
            onErased={setErased}
          />
        )}
      </Loadable>
    </div>
  );
}

interface ProfileProps {
  readonly workspace: Workspace;
  readonly data: CustomerData;
  readonly onChanged: () => void;
  readonly onMore: () => void;
  readonly onErased: (entry: ErasureEntry) => void;
}

function Profile({ workspace, data, onChanged, onMore, onErased }: ProfileProps) {
  const { t } = useI18n();
  const { detail, model, events } = data;
  const { customer } = detail;
  const [picked, setPicked] = useState<string | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const journey = useMemo(
    () =>
      model.journeys.find((item) => item.id === picked) ??
      pickJourney(model, customer.traits, events),
    [model, picked, customer.traits, events],
  );
  const visits = useMemo(
    () => (journey === undefined ? [] : visitsOn(journey, events)),
    [journey, events],
  );
  const mapped = useMemo(() => {
    const index = touchpointIndex(model);
    return events.filter((e) => e.touchpointId !== null && index.has(e.touchpointId)).length;
  }, [model, events]);
  const name = displayNameOrUserId(customer) ?? t('customers.anonymous');
  return (
    <>
      <header className="customer-header">
        <div>
          <PageHeading title={name} />
          <code className="customer-id" data-testid="customer-id">
            {customer.customerId}
          </code>
        </div>
        <div className="customer-actions">
          <a
            className="button"
            href={exportUrl(workspace.id, customer.customerId)}
            download
            data-testid="customer-export"
          >
            {t('customer.export')}
          </a>
          {workspace.role === 'owner' && (
            <EraseCustomer
              workspaceId={workspace.id}
              customerId={customer.customerId}
              onErased={onErased}
            />
          )}
        </div>
      </header>
      <ProfileFacts customer={customer} currency={model.currency} />
      <div className="customer-panels">
        <TraitsPanel traits={customer.traits} />
        <IdentitiesPanel
          workspaceId={workspace.id}
          detail={detail}
          canEdit={workspace.role !== 'viewer'}
          onChanged={onChanged}
        />
      </div>
      <JourneyTimeline
        model={model}
        journey={journey}
        visits={visits}
        elsewhere={mapped - visits.length}
        unmapped={events.length - mapped}
        onPick={setPicked}
        focused={focused}
        onFocus={setFocused}
      />
      <EventsList
        model={model}
        journeyId={journey?.id ?? null}
        events={events}
        visits={visits}
        total={customer.eventCount}
        hasMore={data.nextCursor !== null}
        onMore={onMore}
        onFocus={setFocused}
      />
    </>
  );
}

function Erased({
  workspaceId,
  entry,
}: {
  readonly workspaceId: string;
  readonly entry: ErasureEntry;
}) {
  const { t } = useI18n();
  const counts = useErasureCounts(entry.counts);
  return (
    <div className="customer-page">
      <PageHeading title={t('customer.erase.title')} />
      <div className="alert alert-success" role="status" data-testid="erased-notice">
        <p>{t('customer.erase.done', { id: entry.customerId, counts })}</p>
      </div>
      <p>
        <Link to={routePath({ name: 'customers', workspaceId })}>
          {t('customer.erase.backToList')}
        </Link>
      </p>
    </div>
  );
}
