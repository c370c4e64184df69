import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isStorageText, renderText, text } from '../../storage/texts';
import { handleMessage } from '../../storage/service';

// Issue 19, item 10: backup reasons and problems are read back from storage, where anything may be.
// One malformed text once made the backups list and the profiles read fail.

const AT = '2025-01-02T03:04:05.000Z';
const local = () => fakeBrowser.storage.local;
beforeEach(() => fakeBrowser.reset());

describe('stored texts are checked all the way down', () => {
  it('accepts what the storage layer writes', () => {
    expect(isStorageText(text('storage.full'))).toBe(true);
    expect(isStorageText(text('storage.backup.before-import', { count: 3 }))).toBe(true);
    expect(isStorageText(text('storage.full.left-as-is', { what: text('storage.kind.profiles') }))).toBe(true);
    expect(isStorageText(text('x', { list: [text('a'), text('b', { n: 1 })] }))).toBe(true);
  });

  it.each([
    ['a null parameter', { key: 'storage.full', params: { x: null } }],
    ['a nested null', { key: 'a', params: { what: { key: 'b', params: { y: null } } } }],
    ['a boolean', { key: 'a', params: { x: true } }],
    ['NaN', { key: 'a', params: { x: Number.NaN } }],
    ['a list with a string', { key: 'a', params: { x: ['plain'] } }],
    ['params as a list', { key: 'a', params: [1] }],
    ['no key', { params: {} }],
    [
      'too deep',
      {
        key: 'a',
        params: { x: { key: 'b', params: { x: { key: 'c', params: { x: { key: 'd', params: { x: { key: 'e', params: { x: { key: 'f' } } } } } } } } } },
      },
    ],
  ])('refuses %s, and renders it as a readable note instead of throwing', (_, value) => {
    expect(isStorageText(value)).toBe(false);
    expect(() => renderText(value as never)).not.toThrow();
    expect(renderText(value as never)).toBe('A note about stored data could not be read.');
  });
});

describe('one malformed stored reason or problem', () => {
  it('hides neither the other backups nor the profiles; every backup restores and downloads', async () => {
    const good = { profiles: [{ id: 'p-1', label: 'Acme HK', createdAt: AT, updatedAt: AT }], activeId: 'p-1' };
    await local().set({
      backups: [
        { id: 'b-bad', at: AT, reason: { key: 'storage.backup.before-import', params: { x: null } }, kind: 'profiles', data: { profiles: [], activeId: null } },
        { id: 'b-good', at: AT, reason: { key: 'storage.backup.before-delete' }, kind: 'profiles', data: good },
      ],
      problems: [{ at: AT, kind: 'profiles', text: { key: 'storage.full', params: { what: { key: 'k', params: { y: null } } } } }],
    });
    const list = await handleMessage({ type: 'backups.list' });
    expect(list).toMatchObject({ ok: true });
    expect(list.ok && list.backups.map((b) => [b.id, b.reason])).toEqual([
      ['b-bad', 'backup (its stored reason could not be read)'],
      ['b-good', 'before deleting a profile'],
    ]);
    const view = await handleMessage({ type: 'profiles.get' });
    expect(view).toMatchObject({ ok: true, problems: ['A note about stored data could not be read.'] });
    expect(await handleMessage({ type: 'backups.export', id: 'b-bad' })).toMatchObject({
      ok: true,
      json: JSON.stringify({ profiles: [], activeId: null }, null, 2),
    });
    expect(await handleMessage({ type: 'backups.restore', id: 'b-good' })).toMatchObject({ ok: true, state: { activeId: 'p-1' } });
    // The restore took a backup of its own: the list is still readable, the bad entry still there.
    const after = await handleMessage({ type: 'backups.list' });
    expect(after.ok && after.backups.map((b) => b.id)).toContain('b-bad');
  });
});
