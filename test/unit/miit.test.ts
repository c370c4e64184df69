import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIIT_ORIGIN, MIIT_PERMISSIONS, syncMiitScript } from '../../storage/miit';

// The guide runs on beian.miit.gov.cn only while the user has granted that host (and scripting).

const registered: string[] = [];
const scripting = {
  getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((id) => ids.includes(id)).map((id) => ({ id }))),
  registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
    registered.push(...scripts.map((s) => s.id));
  }),
  unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
    for (const id of ids) registered.splice(registered.indexOf(id), 1);
  }),
};

function grant(granted: boolean) {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => granted) as unknown as typeof fakeBrowser.permissions.contains);
}

beforeEach(() => {
  fakeBrowser.reset();
  registered.length = 0;
  vi.clearAllMocks();
  (fakeBrowser as unknown as { scripting: typeof scripting }).scripting = scripting;
});

describe('syncMiitScript', () => {
  it('registers the guide on the MIIT host once the permission is granted, once', async () => {
    grant(true);
    await syncMiitScript();
    await syncMiitScript();
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.registerContentScripts.mock.calls[0]![0][0]).toMatchObject({ matches: [MIIT_ORIGIN], js: ['loader.js'] });
  });

  it('registers nothing without the permission, and removes the guide when it is revoked', async () => {
    grant(false);
    await syncMiitScript();
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    grant(true);
    await syncMiitScript();
    grant(false);
    await syncMiitScript();
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['mpg-miit'] });
    expect(registered).toEqual([]);
  });

  it('asks the Chrome build for the MIIT host only: it holds scripting from install, and Chrome refuses to remove a required permission', () => {
    expect(MIIT_PERMISSIONS).toEqual({ permissions: [], origins: [MIIT_ORIGIN] });
  });
});
