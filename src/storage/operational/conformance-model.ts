/** Conformance of the journey-model tables: documents, versions, optimistic locking. */
import { expect, it } from 'vitest';
import { insertWorkspace } from '../../access/repository.ts';
import { listVersions, loadModel, loadVersion, saveModel } from '../../model/repository.ts';
import type { WorkspaceModel } from '../../model/schema.ts';
import type { OperationalStore } from './port.ts';

const model = (stageName: string): WorkspaceModel => ({
  currency: 'EUR',
  personas: [],
  phases: [],
  stages: [{ id: 's1', name: stageName, description: 'é “quoted” ✓' }],
  channels: [],
  objectives: [],
  journeys: [],
});

const T = '2026-01-01T00:00:00.000Z';

export function modelRepositoryCases(
  withStore: (run: (s: OperationalStore) => Promise<void>) => () => Promise<void>,
) {
  it(
    'saves model versions with optimistic locking and reads every version back',
    withStore(async (store) => {
      await insertWorkspace(store.db, { id: 'w', name: 'W', createdAt: T });
      await insertWorkspace(store.db, { id: 'other', name: 'O', createdAt: T });
      const base = { workspaceId: 'w', userId: null, at: T, changes: [] };
      expect(await saveModel(store.db, { ...base, baseVersion: 0, model: model('one') })).toBe(1);
      // A second creation from version 0 loses the race.
      expect(
        await saveModel(store.db, { ...base, baseVersion: 0, model: model('dup') }),
      ).toBeUndefined();
      const change = {
        op: 'stage.update',
        entity: 'stage',
        id: 's1',
        name: 'two',
        fields: ['name'],
      };
      expect(
        await saveModel(store.db, {
          ...base,
          baseVersion: 1,
          model: model('two'),
          changes: [change],
        }),
      ).toBe(2);
      // A stale base is refused.
      expect(
        await saveModel(store.db, { ...base, baseVersion: 1, model: model('stale') }),
      ).toBeUndefined();

      expect(await loadModel(store.db, 'w')).toEqual({ version: 2, model: model('two') });
      expect(await loadModel(store.db, 'other')).toBeUndefined();
      expect(await loadVersion(store.db, 'w', 1)).toEqual(model('one'));
      expect(await loadVersion(store.db, 'other', 1)).toBeUndefined();
      const versions = await listVersions(store.db, 'w', { limit: 10 });
      expect(versions.map((v) => v.version)).toEqual([2, 1]);
      expect(versions[0]?.changes).toEqual([change]);
      expect(
        (await listVersions(store.db, 'w', { limit: 10, before: 2 })).map((v) => v.version),
      ).toEqual([1]);
      expect(await listVersions(store.db, 'other', { limit: 10 })).toEqual([]);
    }),
  );
}
