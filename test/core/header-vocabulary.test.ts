/**
 * One vocabulary of headers: a template wording of a plan column is read as the same column when
 * a plan's appendix uses it (src/core/import/columns.ts) and when a template does
 * (src/workbook/header-match.ts).
 */
import { TASK_HEADER_SYNONYMS, TASK_HEADERS, type ColumnRole, type TaskRole } from '../../src/core/header-vocabulary';
import { roleOf } from '../../src/core/import/columns';
import { matchTaskHeader } from '../../src/workbook/header-match';

const PLAN_ROLES: ColumnRole[] = ['stt', 'task', 'products', 'lead', 'coordinators', 'deadline', 'notes'];

describe('one header vocabulary for the import and the template', () => {
  const cases = PLAN_ROLES.flatMap((role) => TASK_HEADER_SYNONYMS[role].map((wording) => ({ role, wording })));
  test.each(cases)('$wording: $role for the import and for the template', ({ role, wording }) => {
    expect(roleOf(wording)).toBe(role);
    expect(matchTaskHeader(wording)?.role).toBe(role);
  });

  test.each(TASK_HEADER_SYNONYMS.due.map((wording) => ({ wording })))(
    '$wording: the due date in a template, a deadline column in a plan',
    ({ wording }) => {
      expect(matchTaskHeader(wording)?.role).toBe('due');
      expect([null, 'deadline']).toContain(roleOf(wording));
    },
  );

  test('the headers the workbook writes are read back as their own role', () => {
    for (const role of Object.keys(TASK_HEADERS) as TaskRole[]) expect([role, matchTaskHeader(TASK_HEADERS[role])?.role]).toEqual([role, role]);
  });
});
