import { useCallback, useState } from 'react';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { getModel } from '../api/model.ts';
import { type Resource, useResource } from '../ui/useResource.ts';
import {
  type CustomerDetail,
  getCustomer,
  getTimeline,
  type TimelineEventView,
} from './customers-api.ts';

export interface CustomerData {
  readonly detail: CustomerDetail;
  readonly model: WorkspaceModel;
  readonly events: readonly TimelineEventView[];
  readonly nextCursor: string | null;
}

export interface CustomerDataControls {
  readonly reload: () => void;
  /** Appends the next page of events; resolves once they are shown. */
  readonly loadMore: () => Promise<void>;
}

/** The profile, the workspace's map and the first page of events of one customer, together. */
export function useCustomerData(
  workspaceId: string,
  customerId: string,
): [Resource<CustomerData>, CustomerDataControls] {
  const api = useApi();
  const [resource, { reload, update }] = useResource(
    JSON.stringify([workspaceId, customerId]),
    async (signal): Promise<CustomerData> => {
      const [detail, { model }, page] = await Promise.all([
        getCustomer(api, workspaceId, customerId, signal),
        getModel(api, workspaceId, signal),
        getTimeline(api, workspaceId, customerId, null, signal),
      ]);
      return { detail, model, events: page.events, nextCursor: page.nextCursor };
    },
  );
  const [loading, setLoading] = useState(false);
  const cursor = resource.status === 'ready' ? resource.data.nextCursor : null;
  const loadMore = useCallback(async () => {
    if (cursor === null || loading) return;
    setLoading(true);
    try {
      const page = await getTimeline(api, workspaceId, customerId, cursor);
      update((data) => ({
        ...data,
        events: [...data.events, ...page.events],
        nextCursor: page.nextCursor,
      }));
    } finally {
      setLoading(false);
    }
  }, [api, workspaceId, customerId, cursor, loading, update]);
  return [resource, { reload, loadMore }];
}
