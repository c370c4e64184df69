import { describe, expect, it } from 'vitest';
import { checkEntityType, isPersonalEntity } from '../../../engine/checks/entity-type';

describe('entity-type', () => {
  it.each<[string, boolean]>([
    ['个人', true],
    ['個人', true],
    [' 个人 ', true],
    ['个人 (Individual)', true],
    ['personal', true],
    ['Personal', true],
    ['Individual', true],
    ['INDIVIDUAL', true],
    ['企业', false],
    ['个体工商户', false],
    ['Individual business', false],
    ['个人独资企业', false],
    ['政府', false],
    ['company', false],
    ['', false],
  ])('%j → personal %s', (value, personal) => {
    expect(isPersonalEntity(value)).toBe(personal);
    expect(checkEntityType({ value }).length).toBe(personal ? 1 : 0);
  });

  it('reports an error with the facts on personal entities', () => {
    expect(checkEntityType({ value: '个人' })).toEqual([{ code: 'entity.personal', severity: 'error', facts: ['F13', 'F06', 'F02'] }]);
  });
});
