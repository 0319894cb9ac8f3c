/** Vietnamese deadline phrases -> Deadline (contract: "Deadline conventions"). Pure, no I/O. */
export { parseDeadline } from './parse';
export { inferPlanYear, findPlanDate } from './plan-year';
export type { DeadlineContext } from './types';
