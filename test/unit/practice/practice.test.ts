import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMemoryProfiles } from '../../../practice/memory-profiles';
import { practiceSteps, stepUrl } from '../../../practice/practice-flow';
import { hasReplica, replicaHtml } from '../../../practice/replica-pages';
import { sampleProfiles, sampleProfilesState } from '../../../practice/sample-profiles';
import { runChecks } from '../../../engine/checks';
import { isValidUscc } from '../../../engine/checks/registration-number';
import { consolePageIds } from '../../../rules/facts';
import { regionByCode } from '../../../rules/regions';
import { profileSchema } from '../../../storage/profiles';
import { replicaByName, replicaForUrl } from '../../../replicas/replicas.mjs';
import { readFixture } from '../../support/serve.mjs';

beforeEach(() => fakeBrowser.reset());

describe('sample clients', () => {
  it('are valid profiles of a Hong Kong, a US and a mainland company', () => {
    for (const profile of sampleProfiles) expect(profileSchema.parse(profile)).toEqual(profile);
    expect(sampleProfiles.map((p) => p.countryRegion)).toEqual(['HK', 'US', 'CN']);
  });

  it('write their names as such companies do: traditional and bilingual in Hong Kong, simplified on the mainland', () => {
    const [hk, , cn] = sampleProfiles;
    expect(regionByCode(hk!.countryRegion)?.script).toBe('traditional');
    expect(hk!.companyName).toMatch(/^[\p{Script=Han}()]+ [A-Z ()]+$/u);
    expect(isValidUscc(cn!.registrationNumber)).toBe(true);
  });

  it('pass their own checks when typed exactly, so a demonstration starts from a clean slate', () => {
    for (const p of sampleProfiles) {
      const profile = { companyName: p.companyName, registrationNumber: p.registrationNumber, countryRegion: p.countryRegion, entityType: p.entityType };
      const input = (value: string) => ({ value, profile, countryRegion: p.countryRegion, overseas: p.countryRegion !== 'CN', otherValues: {} });
      const problems = [...runChecks('company-name', input(p.companyName)), ...runChecks('registration-number', input(p.registrationNumber))];
      expect(
        problems.filter((f) => f.severity !== 'info'),
        p.label,
      ).toEqual([]);
    }
  });

  it('come as a fresh copy every time', () => {
    const first = sampleProfilesState();
    first.profiles[0]!.emails.push({ address: 'x@example.com', status: 'taken', at: '' });
    expect(sampleProfilesState().profiles[0]!.emails).toHaveLength(1);
  });
});

describe('practice profiles in memory', () => {
  it('record an email the console marks as taken for the active client only, and tell the watchers', async () => {
    const store = createMemoryProfiles(sampleProfilesState());
    const seen = vi.fn();
    store.watch(seen);
    store.recordTakenEmail('Taken@Example.com');
    store.recordTakenEmail('taken@example.com');
    const state = await store.read();
    expect(state.profiles[0]!.emails.map((e) => [e.address, e.status])).toContainEqual(['Taken@Example.com', 'taken']);
    expect(state.profiles[0]!.emails.filter((e) => e.status === 'taken')).toHaveLength(1);
    expect(state.profiles[1]!.emails).toEqual([]);
    expect(seen).toHaveBeenCalled();
  });

  it('hand out copies, switch the active client, and go back to the samples', async () => {
    const store = createMemoryProfiles(sampleProfilesState());
    const copy = await store.read();
    copy.profiles.length = 0;
    expect(store.current().profiles).toHaveLength(3);
    store.activate('sample-cn');
    expect(store.current().activeId).toBe('sample-cn');
    store.recordTakenEmail('taken@example.com');
    store.replace(sampleProfilesState());
    expect(store.current().activeId).toBe('sample-hk');
    expect(
      store
        .current()
        .profiles.flatMap((p) => p.emails)
        .some((e) => e.status === 'taken'),
    ).toBe(false);
  });

  it('never write to extension storage', async () => {
    const store = createMemoryProfiles(sampleProfilesState());
    store.recordTakenEmail('taken@example.com');
    store.activate('sample-us');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keep going when a watcher is gone', () => {
    const store = createMemoryProfiles(sampleProfilesState());
    const after = vi.fn();
    store.watch(() => {
      throw new Error('frame unloaded');
    });
    store.watch(after);
    store.activate('sample-us');
    expect(after).toHaveBeenCalledOnce();
  });
});

describe('practice flow', () => {
  it('walks the console pages in flow order, each on a replica of that page (the MIIT check excepted)', () => {
    expect(practiceSteps.map((s) => s.page)).toEqual(
      consolePageIds
        .filter((id) => id !== 'filing.sms')
        .sort((a, b) => {
          // home.guide comes once the account exists, before the Mini Program's own settings.
          const order = (id: string) => (id === 'home.guide' ? consolePageIds.indexOf('profile.basic') - 0.5 : consolePageIds.indexOf(id as never));
          return order(a) - order(b);
        }),
    );
    for (const step of practiceSteps) {
      expect(replicaByName(step.replica).page, step.replica).toBe(step.page);
      if (step.mainland) expect(replicaByName(step.mainland).page, step.mainland).toBe(step.page);
    }
  });

  it("shows the verification form of the client's kind: the overseas company form, the enterprise form on the mainland", () => {
    const documents = practiceSteps.find((s) => s.page === 'verify.documents')!;
    expect(replicaForUrl(stepUrl(documents, 'HK'))?.name).toBe('verify.documents/overseas/legacy');
    expect(replicaForUrl(stepUrl(documents, 'CN'))?.name).toBe('verify.documents/enterprise/legacy');
  });

  it('shows mainland clients the mainland rendering of information registration', () => {
    const entity = practiceSteps.find((s) => s.page === 'register.entity')!;
    expect(replicaForUrl(stepUrl(entity, 'CN'))?.name).toBe('register.entity/mainland/current');
    expect(replicaForUrl(stepUrl(entity, 'HK'))?.name).toBe('register.entity/overseas/current');
    expect(replicaForUrl(stepUrl(entity, 'US'))?.name).toBe('register.entity/overseas/current');
  });
});

describe('bundled replica pages', () => {
  it('are the very files the tests serve', async () => {
    for (const step of practiceSteps) {
      const replica = replicaByName(step.replica);
      expect(await replicaHtml(replica.url), replica.name).toBe(readFixture(replica.file));
    }
  });

  it('answer nothing for URLs without a replica, or that are no URL at all', async () => {
    expect(await replicaHtml('https://mp.weixin.qq.com/no/such/page')).toBeNull();
    expect(await replicaHtml('not a url')).toBeNull();
    expect(hasReplica('https://example.com/')).toBe(false);
    expect(hasReplica('https://mp.weixin.qq.com/wxopen/waregister?action=step1&lang=zh_CN&token=')).toBe(true);
  });
});
