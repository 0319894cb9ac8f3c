import * as deadline from '../../../src/core/deadline';

it('pins the public exports of core/deadline', () => {
  expect(Object.keys(deadline).sort()).toEqual(['findPlanDate', 'inferPlanYear', 'parseDeadline']);
});
