// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { filingNotice } from '../../../content/features/filing-notice';
import { fakeContext, panelOf, profile } from '../../support/guide-context';

// Overseas clients are told on the filing pages that ICP filing does not apply to them.

const client = (countryRegion: string) => ({ profiles: { profiles: [profile({ id: 'a', countryRegion })], activeId: 'a' } });

describe('filing notice feature', () => {
  it('tells an overseas client on the filing form that filing does not apply', () => {
    const notices = panelOf(fakeContext('filing.form/current', client('HK')), [filingNotice]).notices;
    expect(notices).toHaveLength(1);
    expect(notices![0]).toMatch(/no ICP filing/);
  });

  it('says nothing to a mainland client, or on other pages', () => {
    expect(panelOf(fakeContext('filing.form/current', client('CN')), [filingNotice]).notices).toEqual([]);
    expect(panelOf(fakeContext('register.account/current', client('HK')), [filingNotice]).notices).toEqual([]);
  });
});
