/**
 * Test helpers of the feedback routes: a workspace made from the e-commerce template, with its
 * touchpoints at hand, on the real in-process server (test/support/server.ts).
 */

import type { Owner, TestServer } from '../../test/support/server.ts';
import type { WorkspaceModel } from '../model/schema.ts';

export interface TestWorkspace {
  readonly id: string;
  readonly cookie: string;
  readonly model: WorkspaceModel;
  /** A touchpoint of the first journey, by its name in the English template. */
  touchpoint(name: string): string;
}

/** A new e-commerce workspace of `owner`. */
export async function ecommerceWorkspace(server: TestServer, owner: Owner): Promise<TestWorkspace> {
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces',
    headers: { cookie: owner.cookie },
    payload: { name: 'Maison Lumière', template: 'ecommerce', lang: 'en' },
  });
  if (created.statusCode !== 201) throw new Error(`workspace: ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const read = await server.app.inject({
    method: 'GET',
    url: `/api/v1/workspaces/${id}/model`,
    headers: { cookie: owner.cookie },
  });
  const model = read.json<{ model: WorkspaceModel }>().model;
  return {
    id,
    cookie: owner.cookie,
    model,
    touchpoint: (name) => {
      const found = model.journeys[0]?.touchpoints.find((t) => t.name === name);
      if (found === undefined) throw new Error(`no touchpoint ${name}`);
      return found.id;
    },
  };
}

/** Calls the API as the workspace's owner. */
export const call =
  (server: TestServer, ws: TestWorkspace) =>
  (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: unknown) =>
    server.app.inject({
      method,
      url: `/api/v1/workspaces/${ws.id}/feedback${path}`,
      headers: { cookie: ws.cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
