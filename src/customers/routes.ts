/**
 * HTTP routes of customers: the list and lookup, profiles, timelines, identity conflicts and
 * merges, and the rights of access (export) and erasure. Reading is for every member;
 * merging for editors; erasing for owners only.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Need, WorkspaceAccess } from '../access/authorize.ts';
import { requireAccess } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import { erasureTargets } from './erasure.ts';
import type { Eraser } from './erasure-log.ts';
import * as s from './schemas.ts';
import {
  type CustomersContext,
  listCustomers,
  readCustomer,
  readCustomerEvents,
} from './service.ts';
import { eraseCustomer, erasureLog, exportCustomer } from './service-erasure.ts';
import { customerMerges, identityConflicts, mergeCustomers, undoMerge } from './service-merges.ts';

const tags = ['customers'];

/** Who acts, for the erasure and merge logs. */
function eraserOf({ principal }: WorkspaceAccess): Eraser {
  return principal.kind === 'user'
    ? { kind: 'user', id: principal.user.id, name: principal.user.name }
    : { kind: 'key', id: principal.key.id, name: principal.key.name };
}

const mergerOf = (access: WorkspaceAccess): string => {
  const { kind, name } = eraserOf(access);
  return kind === 'key' ? `API key ${name}` : name;
};

export const customerRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const c: CustomersContext = {
      access: deps.access,
      events: deps.events,
      targets: erasureTargets({ events: deps.events }),
    };
    const access = (request: FastifyRequest, workspaceId: string, need: Need) =>
      requireAccess(deps.access, request, workspaceId, need);
    const base = '/workspaces/:workspaceId';
    const one = `${base}/customers/:customerId`;

    app.get(
      `${base}/customers`,
      {
        schema: {
          tags,
          summary:
            'Customers, searched, sorted and paged; or one looked up by userId / anonymousId',
          params: s.WorkspaceParams,
          querystring: s.ListQuery,
          response: { 200: s.ListResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return orFail(await listCustomers(c, granted.workspaceId, request.query));
      },
    );

    app.get(
      one,
      {
        schema: {
          tags,
          summary: 'A customer: traits, identities, activity, revenue, conflicts and merges',
          params: s.CustomerParams,
          response: { 200: s.ProfileResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return orFail(await readCustomer(c, granted.workspaceId, request.params.customerId));
      },
    );

    app.get(
      `${one}/events`,
      {
        schema: {
          tags,
          summary: "The customer's events in time order, each mapped to its touchpoint",
          params: s.CustomerParams,
          querystring: s.EventsQuery,
          response: { 200: s.EventsResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const { workspaceId, customerId } = request.params;
        const granted = await access(request, workspaceId, 'read');
        return orFail(await readCustomerEvents(c, granted.workspaceId, customerId, request.query));
      },
    );

    app.get(
      `${one}/export`,
      {
        schema: {
          tags,
          summary: 'Right of access: everything held about the customer, as a JSON file',
          params: s.CustomerParams,
          response: { 200: s.ExportDocument, ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { workspaceId, customerId } = request.params;
        const granted = await access(request, workspaceId, 'read');
        const document = orFail(await exportCustomer(c, granted.workspaceId, customerId));
        const filename = `parcours-customer-${customerId}-${document.exportedAt.slice(0, 10)}.json`;
        // Sent as text, indented for people who open the file: parts added by later stores
        // are kept whole, not cut to the schema.
        return reply
          .header('content-disposition', `attachment; filename="${filename}"`)
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(document, null, 2));
      },
    );

    app.delete(
      one,
      {
        schema: {
          tags,
          summary:
            'Right to erasure (owners): deletes everything about the customer from every store, and logs it without personal data',
          params: s.CustomerParams,
          response: { 200: s.Erasure, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'administer');
        const erased = await eraseCustomer(
          c,
          granted.workspaceId,
          request.params.customerId,
          eraserOf(granted),
        );
        return orFail(erased);
      },
    );

    app.get(
      `${base}/erasures`,
      {
        schema: {
          tags,
          summary: 'The erasure log, newest first: customer id, what was deleted, who, when',
          params: s.WorkspaceParams,
          response: { 200: s.ErasuresResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return { erasures: await erasureLog(c, granted.workspaceId) };
      },
    );

    app.get(
      `${base}/identity-conflicts`,
      {
        schema: {
          tags,
          summary: 'Identities that would have merged two known customers (kept apart)',
          params: s.WorkspaceParams,
          response: { 200: s.ConflictsResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return { conflicts: await identityConflicts(c, granted.workspaceId) };
      },
    );

    app.get(
      `${base}/customer-merges`,
      {
        schema: {
          tags,
          summary: 'The merge log, oldest first, undone merges included',
          params: s.WorkspaceParams,
          response: { 200: s.MergesResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return { merges: await customerMerges(c, granted.workspaceId) };
      },
    );

    app.post(
      `${base}/customer-merges`,
      {
        schema: {
          tags,
          summary: 'Merge a customer into another (editors): its identities and events move',
          params: s.WorkspaceParams,
          body: s.MergeBody,
          response: { 201: s.Merge, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const merged = await mergeCustomers(
          c,
          granted.workspaceId,
          request.body,
          mergerOf(granted),
        );
        return reply.code(201).send(orFail(merged));
      },
    );

    app.post(
      `${base}/customer-merges/:mergeId/undo`,
      {
        schema: {
          tags,
          summary: 'Undo a merge (editors): the moved identities go back',
          params: s.MergeParams,
          response: { 200: s.Merge, ...problems(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        return orFail(await undoMerge(c, granted.workspaceId, request.params.mergeId));
      },
    );
  };
