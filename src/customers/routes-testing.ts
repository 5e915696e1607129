/**
 * Helpers of the customers HTTP tests: a workspace made from the e-commerce template with a
 * few customers sent through the real tracking API, members with each role, and calls.
 * Not used by production code.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type Owner, sessionCookie, type TestServer } from '../../test/support/server.ts';
import type { WorkspaceModel } from '../model/schema.ts';
import { channelKeyOf, eventNameOf } from '../simulate/names.ts';

export type Method = 'GET' | 'POST' | 'DELETE';

export interface Caller {
  readonly cookie?: string;
  readonly authorization?: string;
}

export function api(server: TestServer) {
  return (caller: Caller, method: Method, url: string, payload?: object) =>
    server.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: {
        ...(caller.cookie === undefined ? {} : { cookie: caller.cookie }),
        ...(caller.authorization === undefined ? {} : { authorization: caller.authorization }),
      },
      ...(payload === undefined ? {} : { payload }),
    });
}

/** The body of a problem response, after checking its status and content type. */
export function problem(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return response.json<{ detail: string; errors?: { field: string; message: string }[] }>();
}

/** A member of the owner's workspace with `role`, signed in; answers its session cookie. */
export async function member(
  server: TestServer,
  owner: Owner,
  workspaceId: string,
  email: string,
  role: 'viewer' | 'editor' | 'owner',
): Promise<string> {
  const invite = await api(server)(owner, 'POST', `/workspaces/${workspaceId}/members`, {
    email,
    role,
  });
  const token = new URL(invite.json<{ inviteUrl: string }>().inviteUrl).searchParams.get('token');
  const accepted = await server.app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    payload: { token, name: email, password: 'another long password' },
  });
  return sessionCookie(accepted);
}

export interface Shop {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  /** The touchpoint Léa's first visit maps to. */
  readonly touchpointId: string;
  /** Authorization header value of the shop's write key. */
  readonly writeKey: string;
}

/** A workspace from the e-commerce template, owned by `owner`, with a write key. */
export async function openShop(server: TestServer, owner: Owner, name: string): Promise<Shop> {
  const call = api(server);
  const created = await call(owner, 'POST', '/workspaces', { name, template: 'ecommerce' });
  const workspaceId = created.json<{ id: string }>().id;
  const model = (await call(owner, 'GET', `/workspaces/${workspaceId}/model`)).json<{
    model: WorkspaceModel;
  }>().model;
  const key = await call(owner, 'POST', `/workspaces/${workspaceId}/keys`, {
    name: 'site',
    kind: 'write',
  });
  const secret = key.json<{ secret: string }>().secret;
  const touchpoint = model.journeys[0]?.touchpoints[0];
  if (touchpoint === undefined) throw new Error('the e-commerce template has no touchpoint');
  return {
    workspaceId,
    model,
    touchpointId: touchpoint.id,
    writeKey: `Basic ${Buffer.from(`${secret}:`).toString('base64')}`,
  };
}

/** Segment calls of three people: Léa (anonymous, then known, two orders), Max, Bob. */
export function shopCalls(shop: Shop): object[] {
  const touchpoint = shop.model.journeys[0]?.touchpoints[0];
  const channel = shop.model.channels.find((c) => c.id === touchpoint?.channelId);
  if (touchpoint === undefined || channel === undefined) throw new Error('no touchpoint');
  const start = Date.now() - 24 * 3_600_000;
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  const visit = {
    type: 'track',
    event: eventNameOf(touchpoint),
    properties: { stageId: touchpoint.stageId, touchpointId: touchpoint.id },
    context: { channel: channelKeyOf(channel) },
  };
  return [
    { ...visit, messageId: 'l1', anonymousId: 'lea-phone', timestamp: at(0) },
    {
      type: 'identify',
      messageId: 'l2',
      anonymousId: 'lea-phone',
      userId: 'lea@shop',
      traits: { name: 'Léa Martin', email: 'lea.martin@example.com' },
      timestamp: at(1),
    },
    {
      type: 'track',
      messageId: 'l3',
      userId: 'lea@shop',
      event: 'Order Completed',
      properties: { revenue: 30, currency: 'EUR' },
      context: { channel: 'store' },
      timestamp: at(2),
    },
    {
      type: 'track',
      messageId: 'm1',
      userId: 'max',
      anonymousId: 'lea-phone',
      event: 'Login',
      timestamp: at(3),
    },
    { type: 'identify', messageId: 'b1', userId: 'bob', traits: { name: 'Bob' }, timestamp: at(4) },
  ];
}

/** Sends the calls through the tracking API and checks that every one is accepted. */
export async function track(server: TestServer, shop: Shop, calls: readonly object[]) {
  const response = await server.app.inject({
    method: 'POST',
    url: '/v1/batch',
    headers: { authorization: shop.writeKey },
    payload: { batch: calls },
  });
  expect(response.statusCode, response.body).toBe(200);
}
