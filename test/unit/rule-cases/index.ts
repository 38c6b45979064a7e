// Every rule's case, in `RULE_CODES` order (rules.test.ts checks that the keys are that list).
import type { RuleCode } from '../../../server/src/features';
import type { RuleCase } from '../../helpers/rules';
import { LABEL_CASES } from './labels';
import { SPEAKER_CASES } from './speakers';
import { TIMESTAMP_CASES } from './timestamps';
import { TURN_CASES } from './turns';

export const RULES: Record<RuleCode, RuleCase> = { ...LABEL_CASES, ...SPEAKER_CASES, ...TURN_CASES, ...TIMESTAMP_CASES };
