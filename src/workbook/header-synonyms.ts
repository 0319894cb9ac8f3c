/** The header vocabulary lives in src/core/header-vocabulary.ts (one home for import and templates). */
export {
  HEADER_SECOND_ROLE,
  TARGET_HEADER_SYNONYMS,
  TARGET_HEADERS,
  TASK_HEADER_SYNONYMS,
  TASK_HEADERS,
  type TargetRole,
  type TaskRole,
} from '../core/header-vocabulary';
