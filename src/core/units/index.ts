export type { ResolvedUnit, UnitDirectory, UnitEntry, UnitKind } from './types';
export { UNIT_KINDS } from './types';
export { DEFAULT_UNIT_DIRECTORY } from './default-directory';
export { resolveUnit, resolveUnits } from './resolve';
export { splitUnitGroup, unitBody } from './split';
export { parseDirectory } from './parse-directory';
export { unitKey } from './unit-key';
export { oneEditApart } from './unit-key';
