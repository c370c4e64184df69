import type { Profile, ProfilesState } from '../storage/profiles';

// Fictional companies for demonstrations; any likeness to a real company is unintended. One per
// kind of client trainers meet: a Hong Kong company with a traditional bilingual name, a US
// company with an English name, a mainland company with a simplified name and a valid USCC.

const CREATED = '2026-01-05T09:00:00.000Z';

function sample(fields: Pick<Profile, 'id' | 'label' | 'companyName' | 'registrationNumber' | 'countryRegion' | 'officialAccountEmail' | 'emails'>): Profile {
  return { entityType: 'company', hasVerifiedOfficialAccount: false, appId: '', originalId: '', notes: '', createdAt: CREATED, updatedAt: CREATED, ...fields };
}

export const sampleProfiles: readonly Profile[] = [
  sample({
    id: 'sample-hk',
    label: 'Jade Ridge Trading',
    companyName: '翠嶺貿易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED',
    registrationNumber: '3198264',
    countryRegion: 'HK',
    officialAccountEmail: 'wechat@jaderidge-trading.example',
    emails: [{ address: 'hello@jaderidge-trading.example', status: 'used', at: CREATED }],
  }),
  sample({
    id: 'sample-us',
    label: 'Lakeshore Outdoor Goods',
    companyName: 'LAKESHORE OUTDOOR GOODS, INC.',
    registrationNumber: '7741093',
    countryRegion: 'US',
    officialAccountEmail: 'social@lakeshore-outdoor.example',
    emails: [],
  }),
  sample({
    id: 'sample-cn',
    label: '青禾示例贸易',
    companyName: '上海青禾示例贸易有限公司',
    // A unified social credit code whose check character (the last) is right.
    registrationNumber: '91310115MA7QH5E2X8',
    countryRegion: 'CN',
    officialAccountEmail: '',
    emails: [],
  }),
];

/** A fresh copy: the practice console changes it (active client, emails marked taken), never the original. */
export function sampleProfilesState(): ProfilesState {
  return structuredClone({ profiles: [...sampleProfiles], activeId: sampleProfiles[0]!.id });
}
