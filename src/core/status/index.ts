export { PROGRESS, parseProgress, type Progress } from './progress';
export { DUE_SOON_DAYS, TIMELINESS, TIMELINESS_RULES, timeliness, type Timeliness, type TimelinessInput } from './timeliness';
export { timelinessFormula, type TimelinessCells, type TimelinessFormulaOptions } from './formula';
export { summarize, type PlanSummary, type Summary, type SummaryOptions, type SummaryTask } from './summary';
export { dayToIso, isoToDay } from './dates';
