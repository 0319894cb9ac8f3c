import { runCases } from './case';
import { CONTRACT_ROWS } from './contract.cases';
import { FAMILY_CASES, MUST_NOT_MATCH } from './families.cases';

describe('parseDeadline: the contract table', () => runCases(CONTRACT_ROWS));
describe('parseDeadline: families, mixed phrases, OCR variants', () => runCases(FAMILY_CASES));
describe('parseDeadline: numbers that are not deadlines', () => runCases(MUST_NOT_MATCH));
