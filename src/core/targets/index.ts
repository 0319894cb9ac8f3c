/** Targets: phrases -> Target[], the body's CHỈ TIÊU section, body-vs-task conflicts. */
export { extractTargets } from './extract';
export { readChiTieuSection } from './chiTieu';
export { compareBodyAndTaskTargets } from './conflicts';
