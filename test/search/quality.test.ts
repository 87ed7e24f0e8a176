/**
 * The answer engine's quality targets (issues 3 and 10), as deterministic assertions:
 *  - the shared question set and the project's own set on the bone-brain article: hit@1 >= 0.90,
 *    hit@3 >= 0.97, out-of-scope answered "not found" >= 0.90, at most one in-scope question in 30 unanswered;
 *  - the 12 SQuAD articles in one content folder (imported from raw text here, as `npm run import` would):
 *    hit@1 >= 0.80, hit@3 >= 0.93, bold@1 >= 0.78, at most 0.5% unanswered;
 *  - follow-ups (ours and the shared set) right in their conversation >= 0.85.
 * `npm run eval` prints the same figures with the list of misses.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { askAsTheBotDoes } from '../../bench/eval.js';
import { type Evaluation, evaluate, formatEvaluation, readQuestions, withAnswers } from '../../bench/evaluate.js';
import {
  evaluateConversations,
  formatConversationEvaluation,
  readConversations,
} from '../../bench/evaluate-conversations.js';
import { importRawFolder } from '../../bench/raw-content.js';
import { loadContent } from '../../src/content/load.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { KnowledgeBase } from '../../src/search/knowledge-base.js';

const SHARED = join(PROJECT_ROOT, '..', 'shared', 'eval');
const SHARED_QUESTIONS = join(SHARED, 'questions.jsonl');
const SHARED_LAY_QUESTIONS = join(SHARED, 'questions-lay.jsonl');
const SQUAD_RAW = join(SHARED, 'squad', 'raw');
const SQUAD_QUESTIONS = join(SHARED, 'squad', 'questions.jsonl');
const SQUAD_ANSWERS = join(SHARED, 'squad', 'answers.jsonl');
const SHARED_FOLLOW_UPS = join(SHARED, 'followups.jsonl');
/** Conversations on the bone-brain article, written before any follow-up code. */
const OWN_FOLLOW_UPS = join(PROJECT_ROOT, 'test', 'data', 'followups.own.jsonl');
const OWN_FOLLOW_UPS_2 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-2.jsonl');
const OWN_FOLLOW_UPS_3 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-3.jsonl');
const OWN_FOLLOW_UPS_4 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-4.jsonl');
const OWN_FOLLOW_UPS_5 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-5.jsonl');
const OWN_FOLLOW_UPS_6 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-6.jsonl');
const OWN_FOLLOW_UPS_7 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-7.jsonl');
const OWN_FOLLOW_UPS_8 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-8.jsonl');
const OWN_FOLLOW_UPS_9 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-9.jsonl');
const OWN_FOLLOW_UPS_10 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-10.jsonl');
const OWN_FOLLOW_UPS_11 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-11.jsonl');
const OWN_FOLLOW_UPS_12 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-12.jsonl');
const OWN_FOLLOW_UPS_13 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-13.jsonl');
const OWN_FOLLOW_UPS_14 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-14.jsonl');
const OWN_FOLLOW_UPS_15 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-15.jsonl');
const OWN_FOLLOW_UPS_16 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-16.jsonl');
const OWN_FOLLOW_UPS_17 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-17.jsonl');
const OWN_FOLLOW_UPS_18 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-18.jsonl');
const OWN_FOLLOW_UPS_19 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-19.jsonl');
const OWN_FOLLOW_UPS_20 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-20.jsonl');
const OWN_FOLLOW_UPS_21 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-21.jsonl');
const OWN_FOLLOW_UPS_22 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-22.jsonl');
const OWN_FOLLOW_UPS_23 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-23.jsonl');
const OWN_FOLLOW_UPS_24 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-24.jsonl');
const OWN_FOLLOW_UPS_25 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-25.jsonl');
const OWN_FOLLOW_UPS_26 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-26.jsonl');
const OWN_FOLLOW_UPS_27 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-27.jsonl');
const OWN_FOLLOW_UPS_28 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-28.jsonl');
const OWN_FOLLOW_UPS_29 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-29.jsonl');
const OWN_FOLLOW_UPS_30 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-30.jsonl');
const OWN_FOLLOW_UPS_31 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-31.jsonl');
const OWN_FOLLOW_UPS_32 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-32.jsonl');
const OWN_FOLLOW_UPS_33 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-33.jsonl');
const OWN_FOLLOW_UPS_34 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-34.jsonl');
const OWN_FOLLOW_UPS_35 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-35.jsonl');
const OWN_FOLLOW_UPS_36 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-36.jsonl');
const OWN_FOLLOW_UPS_37 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-37.jsonl');
const OWN_FOLLOW_UPS_38 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-38.jsonl');
const OWN_FOLLOW_UPS_39 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-39.jsonl');
const OWN_FOLLOW_UPS_40 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-40.jsonl');
const OWN_FOLLOW_UPS_41 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-41.jsonl');
const OWN_FOLLOW_UPS_42 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-42.jsonl');
const OWN_FOLLOW_UPS_43 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-43.jsonl');
const OWN_FOLLOW_UPS_44 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-44.jsonl');
const OWN_FOLLOW_UPS_45 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-45.jsonl');
const OWN_FOLLOW_UPS_46 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-46.jsonl');
const OWN_FOLLOW_UPS_47 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-47.jsonl');
const OWN_FOLLOW_UPS_48 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-48.jsonl');
const OWN_FOLLOW_UPS_49 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-49.jsonl');
const OWN_FOLLOW_UPS_50 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-50.jsonl');
const OWN_FOLLOW_UPS_51 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-51.jsonl');
const OWN_FOLLOW_UPS_52 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-52.jsonl');
const OWN_FOLLOW_UPS_53 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-53.jsonl');
const OWN_FOLLOW_UPS_54 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-54.jsonl');
const OWN_FOLLOW_UPS_55 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-55.jsonl');
const OWN_FOLLOW_UPS_56 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-56.jsonl');
const OWN_FOLLOW_UPS_57 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-57.jsonl');
const OWN_FOLLOW_UPS_58 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-58.jsonl');
const OWN_FOLLOW_UPS_59 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-59.jsonl');
const OWN_FOLLOW_UPS_60 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-60.jsonl');
const OWN_FOLLOW_UPS_61 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-61.jsonl');
const OWN_FOLLOW_UPS_62 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-62.jsonl');
const OWN_FOLLOW_UPS_63 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-63.jsonl');
const OWN_FOLLOW_UPS_64 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-64.jsonl');
const OWN_FOLLOW_UPS_65 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-65.jsonl');
const OWN_FOLLOW_UPS_66 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-66.jsonl');
const OWN_FOLLOW_UPS_67 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-67.jsonl');
const OWN_FOLLOW_UPS_68 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-68.jsonl');
const OWN_FOLLOW_UPS_69 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-69.jsonl');
const OWN_FOLLOW_UPS_70 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-70.jsonl');
const OWN_FOLLOW_UPS_71 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-71.jsonl');
const OWN_FOLLOW_UPS_72 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-72.jsonl');
const OWN_FOLLOW_UPS_73 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-73.jsonl');
const OWN_FOLLOW_UPS_74 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-74.jsonl');
const OWN_FOLLOW_UPS_75 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-75.jsonl');
const OWN_FOLLOW_UPS_76 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-76.jsonl');
const OWN_FOLLOW_UPS_77 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-77.jsonl');
const OWN_FOLLOW_UPS_78 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-78.jsonl');
const OWN_FOLLOW_UPS_79 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-79.jsonl');
const OWN_FOLLOW_UPS_80 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-80.jsonl');
const OWN_FOLLOW_UPS_81 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-81.jsonl');
const OWN_FOLLOW_UPS_82 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-82.jsonl');
const OWN_FOLLOW_UPS_83 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-83.jsonl');
const OWN_FOLLOW_UPS_84 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-84.jsonl');
const OWN_FOLLOW_UPS_85 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-85.jsonl');
const OWN_FOLLOW_UPS_86 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-86.jsonl');
const OWN_FOLLOW_UPS_87 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-87.jsonl');
const OWN_FOLLOW_UPS_88 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-88.jsonl');
const OWN_FOLLOW_UPS_89 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-89.jsonl');
const OWN_FOLLOW_UPS_90 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-90.jsonl');
const OWN_FOLLOW_UPS_91 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-91.jsonl');
const OWN_FOLLOW_UPS_92 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-92.jsonl');
const OWN_FOLLOW_UPS_93 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-93.jsonl');
const OWN_FOLLOW_UPS_94 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-94.jsonl');
const OWN_FOLLOW_UPS_95 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-95.jsonl');
const OWN_FOLLOW_UPS_96 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-96.jsonl');
const OWN_FOLLOW_UPS_97 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-97.jsonl');
const OWN_FOLLOW_UPS_98 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-98.jsonl');
const OWN_FOLLOW_UPS_99 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-99.jsonl');
const OWN_FOLLOW_UPS_100 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-100.jsonl');
const OWN_FOLLOW_UPS_101 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-101.jsonl');
const OWN_FOLLOW_UPS_102 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-102.jsonl');
const OWN_FOLLOW_UPS_103 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-103.jsonl');
const OWN_FOLLOW_UPS_104 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-104.jsonl');
const OWN_FOLLOW_UPS_105 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-105.jsonl');
const OWN_FOLLOW_UPS_106 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-106.jsonl');
const OWN_FOLLOW_UPS_107 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-107.jsonl');
const OWN_FOLLOW_UPS_108 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-108.jsonl');
const OWN_FOLLOW_UPS_109 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-109.jsonl');
const OWN_FOLLOW_UPS_110 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-110.jsonl');
const OWN_FOLLOW_UPS_111 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-111.jsonl');
const OWN_FOLLOW_UPS_112 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-112.jsonl');
const OWN_FOLLOW_UPS_113 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-113.jsonl');
const OWN_FOLLOW_UPS_114 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-114.jsonl');
const OWN_FOLLOW_UPS_115 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-115.jsonl');
const OWN_FOLLOW_UPS_116 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-116.jsonl');
const OWN_FOLLOW_UPS_117 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-117.jsonl');
const OWN_FOLLOW_UPS_118 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-118.jsonl');
const OWN_FOLLOW_UPS_119 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-119.jsonl');
const OWN_FOLLOW_UPS_120 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-120.jsonl');
const OWN_FOLLOW_UPS_121 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-121.jsonl');
const OWN_FOLLOW_UPS_122 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-122.jsonl');
const OWN_FOLLOW_UPS_123 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-123.jsonl');
const OWN_FOLLOW_UPS_124 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-124.jsonl');
const OWN_FOLLOW_UPS_125 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-125.jsonl');
const OWN_FOLLOW_UPS_126 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-126.jsonl');
const OWN_FOLLOW_UPS_127 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-127.jsonl');
const OWN_FOLLOW_UPS_128 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-128.jsonl');
const OWN_FOLLOW_UPS_129 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-129.jsonl');
const OWN_FOLLOW_UPS_130 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-130.jsonl');
const OWN_FOLLOW_UPS_131 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-131.jsonl');
const OWN_FOLLOW_UPS_132 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-132.jsonl');
const OWN_FOLLOW_UPS_133 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-133.jsonl');
const OWN_FOLLOW_UPS_134 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-134.jsonl');
const OWN_FOLLOW_UPS_135 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-135.jsonl');
const OWN_FOLLOW_UPS_136 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-136.jsonl');
const OWN_FOLLOW_UPS_137 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-137.jsonl');
const OWN_FOLLOW_UPS_138 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-138.jsonl');
const OWN_FOLLOW_UPS_139 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-139.jsonl');
const OWN_FOLLOW_UPS_140 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-140.jsonl');
const OWN_FOLLOW_UPS_141 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-141.jsonl');
const OWN_FOLLOW_UPS_142 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-142.jsonl');
const OWN_FOLLOW_UPS_143 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-143.jsonl');
const OWN_FOLLOW_UPS_144 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-144.jsonl');
const OWN_FOLLOW_UPS_145 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-145.jsonl');
const OWN_FOLLOW_UPS_146 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-146.jsonl');
const OWN_FOLLOW_UPS_147 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-147.jsonl');
const OWN_FOLLOW_UPS_148 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-148.jsonl');
const OWN_FOLLOW_UPS_149 = join(PROJECT_ROOT, 'test', 'data', 'followups.own-149.jsonl');
/** Written before any tuning. */
const OWN_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own.jsonl');
/** Written later, after the first round of tuning, as questions the engine had not been tuned on. */
const OWN_LATER_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-later.jsonl');

/** Everyday styles (lay words, personal stories, slang), written before tuning for them began. */
const OWN_LAY_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay.jsonl');
const OWN_LAY_2_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-2.jsonl');
/** A third, written before the round of tuning that added lay phrasings to the article's synonyms. */
const OWN_LAY_3_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-3.jsonl');
/** A fourth (non-native English, personal stories, wrong names), written before the round of tuning after it. */
const OWN_LAY_4_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-4.jsonl');
/** A fifth to a twelfth, the same way. */
const OWN_LAY_5_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-5.jsonl');
const OWN_LAY_6_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-6.jsonl');
const OWN_LAY_7_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-7.jsonl');
const OWN_LAY_8_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-8.jsonl');
const OWN_LAY_9_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-9.jsonl');
const OWN_LAY_10_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-10.jsonl');
const OWN_LAY_11_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-11.jsonl');
const OWN_LAY_12_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-12.jsonl');
const OWN_LAY_13_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-13.jsonl');
const OWN_LAY_14_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-14.jsonl');
const OWN_LAY_15_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-15.jsonl');
const OWN_LAY_16_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-16.jsonl');
const OWN_LAY_17_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-17.jsonl');
const OWN_LAY_18_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-18.jsonl');
const OWN_LAY_19_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-19.jsonl');
const OWN_LAY_20_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-20.jsonl');
const OWN_LAY_21_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-21.jsonl');
const OWN_LAY_22_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-22.jsonl');
const OWN_LAY_23_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-23.jsonl');
const OWN_LAY_24_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-24.jsonl');
const OWN_LAY_25_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-25.jsonl');
const OWN_LAY_26_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-26.jsonl');
const OWN_LAY_27_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-27.jsonl');
const OWN_LAY_28_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-28.jsonl');
const OWN_LAY_29_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-29.jsonl');
const OWN_LAY_30_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-30.jsonl');
const OWN_LAY_31_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-31.jsonl');
const OWN_LAY_32_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-32.jsonl');
const OWN_LAY_33_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-33.jsonl');
const OWN_LAY_34_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-34.jsonl');
const OWN_LAY_35_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-35.jsonl');
const OWN_LAY_36_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-36.jsonl');
const OWN_LAY_37_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-37.jsonl');
const OWN_LAY_38_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-38.jsonl');
const OWN_LAY_39_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-39.jsonl');
const OWN_LAY_40_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-40.jsonl');
const OWN_LAY_41_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-41.jsonl');
const OWN_LAY_42_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-42.jsonl');
const OWN_LAY_43_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-43.jsonl');
const OWN_LAY_44_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-44.jsonl');
const OWN_LAY_45_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-45.jsonl');
const OWN_LAY_46_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-46.jsonl');
const OWN_LAY_47_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-47.jsonl');
const OWN_LAY_48_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-48.jsonl');
const OWN_LAY_49_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-49.jsonl');
const OWN_LAY_50_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-50.jsonl');
const OWN_LAY_51_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-51.jsonl');
const OWN_LAY_52_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-52.jsonl');
const OWN_LAY_53_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-53.jsonl');
const OWN_LAY_54_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-54.jsonl');
const OWN_LAY_55_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-55.jsonl');
const OWN_LAY_56_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-56.jsonl');
const OWN_LAY_57_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-57.jsonl');
const OWN_LAY_58_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-58.jsonl');
const OWN_LAY_59_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-59.jsonl');
const OWN_LAY_60_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-60.jsonl');
const OWN_LAY_61_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-61.jsonl');
const OWN_LAY_62_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-62.jsonl');
const OWN_LAY_63_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-63.jsonl');
const OWN_LAY_64_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-64.jsonl');
const OWN_LAY_65_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-65.jsonl');
const OWN_LAY_66_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-66.jsonl');
const OWN_LAY_67_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-67.jsonl');
const OWN_LAY_68_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-68.jsonl');
const OWN_LAY_69_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-69.jsonl');
const OWN_LAY_70_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-70.jsonl');
const OWN_LAY_71_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-71.jsonl');
const OWN_LAY_72_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-72.jsonl');
const OWN_LAY_73_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-73.jsonl');
const OWN_LAY_74_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-74.jsonl');
const OWN_LAY_75_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-75.jsonl');
const OWN_LAY_76_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-76.jsonl');
const OWN_LAY_77_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-77.jsonl');
const OWN_LAY_78_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-78.jsonl');
const OWN_LAY_79_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-79.jsonl');
const OWN_LAY_80_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-80.jsonl');
const OWN_LAY_81_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-81.jsonl');
const OWN_LAY_82_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-82.jsonl');
const OWN_LAY_83_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-83.jsonl');
const OWN_LAY_84_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-84.jsonl');
const OWN_LAY_85_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-85.jsonl');
const OWN_LAY_86_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-86.jsonl');
const OWN_LAY_87_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-87.jsonl');
const OWN_LAY_88_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-88.jsonl');
const OWN_LAY_89_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-89.jsonl');
const OWN_LAY_90_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-90.jsonl');
const OWN_LAY_91_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-91.jsonl');
const OWN_LAY_92_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-92.jsonl');
const OWN_LAY_93_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-93.jsonl');
const OWN_LAY_94_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-94.jsonl');
const OWN_LAY_95_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-95.jsonl');
const OWN_LAY_96_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-96.jsonl');
const OWN_LAY_97_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-97.jsonl');
const OWN_LAY_98_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-98.jsonl');
const OWN_LAY_99_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-99.jsonl');
const OWN_LAY_100_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-100.jsonl');
const OWN_LAY_101_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-101.jsonl');
const OWN_LAY_102_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-102.jsonl');
const OWN_LAY_103_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-103.jsonl');
const OWN_LAY_104_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-104.jsonl');
const OWN_LAY_105_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-105.jsonl');
const OWN_LAY_106_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-106.jsonl');
const OWN_LAY_107_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-107.jsonl');
const OWN_LAY_108_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-108.jsonl');
const OWN_LAY_109_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-109.jsonl');
const OWN_LAY_110_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-110.jsonl');
const OWN_LAY_111_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-111.jsonl');
const OWN_LAY_112_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-112.jsonl');
const OWN_LAY_113_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-113.jsonl');
const OWN_LAY_114_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-114.jsonl');
const OWN_LAY_115_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-115.jsonl');
const OWN_LAY_116_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-116.jsonl');
const OWN_LAY_117_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-117.jsonl');
const OWN_LAY_118_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-118.jsonl');
const OWN_LAY_119_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-119.jsonl');
const OWN_LAY_120_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-120.jsonl');
const OWN_LAY_121_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-121.jsonl');
const OWN_LAY_122_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-122.jsonl');
const OWN_LAY_123_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-123.jsonl');
const OWN_LAY_124_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-124.jsonl');
const OWN_LAY_125_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-125.jsonl');
const OWN_LAY_126_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-126.jsonl');
const OWN_LAY_127_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-127.jsonl');
const OWN_LAY_128_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-128.jsonl');
const OWN_LAY_129_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-129.jsonl');
const OWN_LAY_130_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-130.jsonl');
const OWN_LAY_131_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-131.jsonl');
const OWN_LAY_132_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-132.jsonl');
const OWN_LAY_133_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-133.jsonl');
const OWN_LAY_134_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-134.jsonl');
const OWN_LAY_135_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-135.jsonl');
const OWN_LAY_136_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-136.jsonl');
const OWN_LAY_137_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-137.jsonl');
const OWN_LAY_138_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-138.jsonl');
const OWN_LAY_139_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-139.jsonl');
const OWN_LAY_140_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-140.jsonl');
const OWN_LAY_141_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-141.jsonl');
const OWN_LAY_142_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-142.jsonl');
const OWN_LAY_143_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-143.jsonl');
const OWN_LAY_144_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-144.jsonl');
const OWN_LAY_145_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-145.jsonl');
const OWN_LAY_146_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-146.jsonl');
const OWN_LAY_147_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-147.jsonl');
const OWN_LAY_148_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-148.jsonl');
const OWN_LAY_149_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-149.jsonl');
const OWN_LAY_150_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-150.jsonl');
const OWN_LAY_151_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-151.jsonl');
const OWN_LAY_152_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-152.jsonl');
const OWN_LAY_153_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-153.jsonl');
const OWN_LAY_154_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-154.jsonl');
const OWN_LAY_155_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-155.jsonl');
const OWN_LAY_156_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-156.jsonl');
const OWN_LAY_157_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-157.jsonl');
const OWN_LAY_158_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-158.jsonl');
const OWN_LAY_159_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-159.jsonl');
const OWN_LAY_160_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-160.jsonl');
const OWN_LAY_161_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-161.jsonl');
const OWN_LAY_162_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-162.jsonl');
const OWN_LAY_163_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-163.jsonl');
const OWN_LAY_164_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-164.jsonl');
const OWN_LAY_165_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-165.jsonl');
const OWN_LAY_166_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-166.jsonl');
const OWN_LAY_167_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-167.jsonl');
const OWN_LAY_168_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-168.jsonl');
const OWN_LAY_169_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-169.jsonl');
const OWN_LAY_170_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-170.jsonl');
const OWN_LAY_171_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-171.jsonl');
const OWN_LAY_172_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-172.jsonl');
const OWN_LAY_173_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-173.jsonl');
const OWN_LAY_174_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-174.jsonl');
const OWN_LAY_175_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-175.jsonl');
const OWN_LAY_176_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-176.jsonl');
const OWN_LAY_177_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-177.jsonl');
const OWN_LAY_178_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-178.jsonl');
const OWN_LAY_179_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-179.jsonl');
const OWN_LAY_180_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-180.jsonl');
const OWN_LAY_181_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-181.jsonl');
const OWN_LAY_182_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-182.jsonl');
const OWN_LAY_183_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-183.jsonl');
const OWN_LAY_184_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-184.jsonl');
const OWN_LAY_185_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-185.jsonl');
const OWN_LAY_186_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-186.jsonl');
const OWN_LAY_187_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-187.jsonl');
const OWN_LAY_188_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-188.jsonl');
const OWN_LAY_189_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-189.jsonl');
const OWN_LAY_190_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-190.jsonl');
const OWN_LAY_191_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-191.jsonl');
const OWN_LAY_192_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-192.jsonl');
const OWN_LAY_193_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-193.jsonl');
const OWN_LAY_194_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-194.jsonl');
const OWN_LAY_195_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-195.jsonl');
const OWN_LAY_196_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-196.jsonl');
const OWN_LAY_197_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-197.jsonl');
const OWN_LAY_198_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-198.jsonl');
const OWN_LAY_199_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-199.jsonl');
const OWN_LAY_200_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-200.jsonl');
const OWN_LAY_201_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-201.jsonl');
const OWN_LAY_202_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-202.jsonl');
const OWN_LAY_203_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-203.jsonl');
const OWN_LAY_204_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-204.jsonl');
const OWN_LAY_205_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-205.jsonl');
const OWN_LAY_206_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-206.jsonl');
const OWN_LAY_207_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-207.jsonl');
const OWN_LAY_208_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-208.jsonl');
const OWN_LAY_209_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-209.jsonl');
const OWN_LAY_210_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-210.jsonl');
const OWN_LAY_211_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-211.jsonl');
const OWN_LAY_212_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-212.jsonl');
const OWN_LAY_213_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-213.jsonl');
const OWN_LAY_214_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-214.jsonl');
const OWN_LAY_215_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-215.jsonl');
const OWN_LAY_216_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-216.jsonl');
const OWN_LAY_217_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-217.jsonl');
const OWN_LAY_218_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-218.jsonl');
const OWN_LAY_219_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-219.jsonl');
const OWN_LAY_220_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-220.jsonl');
const OWN_LAY_221_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-221.jsonl');
const OWN_LAY_222_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-222.jsonl');
const OWN_LAY_223_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-223.jsonl');
const OWN_LAY_224_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-224.jsonl');
const OWN_LAY_225_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-225.jsonl');
const OWN_LAY_226_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-226.jsonl');
const OWN_LAY_227_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-227.jsonl');
const OWN_LAY_228_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-228.jsonl');
const OWN_LAY_229_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-229.jsonl');
const OWN_LAY_230_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-230.jsonl');
const OWN_LAY_231_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-231.jsonl');
const OWN_LAY_232_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-232.jsonl');
const OWN_LAY_233_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-233.jsonl');
const OWN_LAY_234_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-234.jsonl');
const OWN_LAY_235_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-235.jsonl');
const OWN_LAY_236_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-236.jsonl');
const OWN_LAY_237_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-237.jsonl');
const OWN_LAY_238_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-238.jsonl');
const OWN_LAY_239_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-239.jsonl');
const OWN_LAY_240_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-240.jsonl');
const OWN_LAY_241_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-241.jsonl');
const OWN_LAY_242_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-242.jsonl');
const OWN_LAY_243_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-243.jsonl');
const OWN_LAY_244_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-244.jsonl');
const OWN_LAY_245_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-245.jsonl');
const OWN_LAY_246_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-246.jsonl');
const OWN_LAY_247_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-247.jsonl');
const OWN_LAY_248_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-248.jsonl');
const OWN_LAY_249_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-249.jsonl');
const OWN_LAY_250_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-250.jsonl');
const OWN_LAY_251_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-251.jsonl');
const OWN_LAY_252_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-252.jsonl');
const OWN_LAY_253_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-253.jsonl');
const OWN_LAY_254_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-254.jsonl');
const OWN_LAY_255_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-255.jsonl');
const OWN_LAY_256_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-256.jsonl');
const OWN_LAY_257_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-257.jsonl');
const OWN_LAY_258_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-258.jsonl');
const OWN_LAY_259_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-259.jsonl');
const OWN_LAY_260_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-260.jsonl');
const OWN_LAY_261_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-261.jsonl');
const OWN_LAY_262_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-262.jsonl');
const OWN_LAY_263_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-263.jsonl');
const OWN_LAY_264_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-264.jsonl');
const OWN_LAY_265_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-265.jsonl');
const OWN_LAY_266_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-266.jsonl');
const OWN_LAY_267_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-267.jsonl');
const OWN_LAY_268_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-268.jsonl');
const OWN_LAY_269_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-269.jsonl');
const OWN_LAY_270_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-270.jsonl');
const OWN_LAY_271_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-271.jsonl');
const OWN_LAY_272_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-272.jsonl');
const OWN_LAY_273_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-273.jsonl');
const OWN_LAY_274_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-274.jsonl');
const OWN_LAY_275_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-275.jsonl');
const OWN_LAY_276_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-276.jsonl');
const OWN_LAY_277_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-277.jsonl');
const OWN_LAY_278_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-278.jsonl');
const OWN_LAY_279_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-279.jsonl');
const OWN_LAY_280_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-280.jsonl');
const OWN_LAY_281_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-281.jsonl');
const OWN_LAY_282_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-282.jsonl');
const OWN_LAY_283_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-283.jsonl');
const OWN_LAY_284_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-284.jsonl');
const OWN_LAY_285_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-285.jsonl');
const OWN_LAY_286_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-286.jsonl');
const OWN_LAY_287_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-287.jsonl');
const OWN_LAY_288_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-288.jsonl');
const OWN_LAY_289_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-289.jsonl');
const OWN_LAY_290_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-290.jsonl');
const OWN_LAY_291_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-291.jsonl');
const OWN_LAY_292_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-292.jsonl');
const OWN_LAY_293_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-293.jsonl');
const OWN_LAY_294_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-294.jsonl');
const OWN_LAY_295_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-295.jsonl');
const OWN_LAY_296_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-296.jsonl');
const OWN_LAY_297_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-297.jsonl');
const OWN_LAY_298_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-298.jsonl');
const OWN_LAY_299_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-299.jsonl');
const OWN_LAY_300_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-300.jsonl');
const OWN_LAY_301_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-301.jsonl');
const OWN_LAY_302_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-302.jsonl');
const OWN_LAY_303_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-303.jsonl');
const OWN_LAY_304_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-304.jsonl');
const OWN_LAY_305_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-305.jsonl');
const OWN_LAY_306_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-306.jsonl');
const OWN_LAY_307_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-307.jsonl');
const OWN_LAY_308_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-308.jsonl');
const OWN_LAY_309_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-309.jsonl');
const OWN_LAY_310_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-310.jsonl');
const OWN_LAY_311_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-311.jsonl');
const OWN_LAY_312_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-312.jsonl');
const OWN_LAY_313_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-313.jsonl');
const OWN_LAY_314_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-314.jsonl');
const OWN_LAY_315_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-315.jsonl');
const OWN_LAY_316_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-316.jsonl');
const OWN_LAY_317_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-317.jsonl');
const OWN_LAY_318_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-318.jsonl');
const OWN_LAY_319_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-319.jsonl');
const OWN_LAY_320_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-320.jsonl');
const OWN_LAY_321_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-321.jsonl');
const OWN_LAY_322_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-322.jsonl');
const OWN_LAY_323_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-323.jsonl');
const OWN_LAY_324_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-324.jsonl');
const OWN_LAY_325_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-325.jsonl');
const OWN_LAY_326_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-326.jsonl');
const OWN_LAY_327_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-327.jsonl');
const OWN_LAY_328_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-328.jsonl');
const OWN_LAY_329_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-329.jsonl');
const OWN_LAY_330_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-330.jsonl');
const OWN_LAY_331_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-331.jsonl');
const OWN_LAY_332_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-332.jsonl');
const OWN_LAY_333_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-333.jsonl');
const OWN_LAY_334_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-334.jsonl');
const OWN_LAY_335_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-335.jsonl');
const OWN_LAY_336_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-336.jsonl');
const OWN_LAY_337_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-337.jsonl');
const OWN_LAY_338_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-338.jsonl');
const OWN_LAY_339_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-339.jsonl');
const OWN_LAY_340_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-340.jsonl');
const OWN_LAY_341_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-341.jsonl');
const OWN_LAY_342_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-342.jsonl');
const OWN_LAY_343_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-343.jsonl');
const OWN_LAY_344_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-344.jsonl');
const OWN_LAY_345_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-345.jsonl');
const OWN_LAY_346_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-346.jsonl');
const OWN_LAY_347_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-347.jsonl');
const OWN_LAY_348_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-348.jsonl');
const OWN_LAY_349_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-349.jsonl');
const OWN_LAY_350_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-350.jsonl');
const OWN_LAY_351_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-351.jsonl');
const OWN_LAY_352_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-352.jsonl');
const OWN_LAY_353_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-353.jsonl');
const OWN_LAY_354_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-354.jsonl');
const OWN_LAY_355_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-355.jsonl');
const OWN_LAY_356_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-356.jsonl');
const OWN_LAY_357_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-357.jsonl');
const OWN_LAY_358_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-358.jsonl');
const OWN_LAY_359_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-359.jsonl');
const OWN_LAY_360_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-360.jsonl');
const OWN_LAY_361_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-361.jsonl');
const OWN_LAY_362_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-362.jsonl');
const OWN_LAY_363_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-363.jsonl');
const OWN_LAY_364_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-364.jsonl');
const OWN_LAY_365_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-365.jsonl');
const OWN_LAY_366_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-366.jsonl');
const OWN_LAY_367_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-367.jsonl');
const OWN_LAY_368_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-368.jsonl');
const OWN_LAY_369_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-369.jsonl');
const OWN_LAY_370_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-370.jsonl');
const OWN_LAY_371_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-371.jsonl');
const OWN_LAY_372_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-372.jsonl');
const OWN_LAY_373_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-373.jsonl');
const OWN_LAY_374_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-374.jsonl');
const OWN_LAY_375_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-375.jsonl');
const OWN_LAY_376_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-376.jsonl');
const OWN_LAY_377_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-377.jsonl');
const OWN_LAY_378_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-378.jsonl');
const OWN_LAY_379_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-379.jsonl');
const OWN_LAY_380_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-380.jsonl');
const OWN_LAY_381_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-381.jsonl');
const OWN_LAY_382_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-382.jsonl');
const OWN_LAY_383_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-383.jsonl');
const OWN_LAY_384_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-384.jsonl');
const OWN_LAY_385_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-385.jsonl');
const OWN_LAY_386_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-386.jsonl');
const OWN_LAY_387_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-387.jsonl');
const OWN_LAY_388_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-388.jsonl');
const OWN_LAY_389_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-389.jsonl');
const OWN_LAY_390_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-390.jsonl');
const OWN_LAY_391_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-391.jsonl');
const OWN_LAY_392_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-392.jsonl');
const OWN_LAY_393_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-393.jsonl');
const OWN_LAY_394_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-394.jsonl');
const OWN_LAY_395_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-395.jsonl');
const OWN_LAY_396_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-396.jsonl');
const OWN_LAY_397_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-397.jsonl');
const OWN_LAY_398_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-398.jsonl');
const OWN_LAY_399_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-399.jsonl');
const OWN_LAY_400_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-400.jsonl');
const OWN_LAY_401_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-401.jsonl');
const OWN_LAY_402_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-402.jsonl');
const OWN_LAY_403_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-403.jsonl');
const OWN_LAY_404_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-404.jsonl');
const OWN_LAY_405_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-405.jsonl');
const OWN_LAY_406_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-406.jsonl');
const OWN_LAY_407_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-407.jsonl');
const OWN_LAY_408_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-408.jsonl');
const OWN_LAY_409_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-409.jsonl');
const OWN_LAY_410_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-410.jsonl');
const OWN_LAY_411_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-411.jsonl');
const OWN_LAY_412_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-412.jsonl');
const OWN_LAY_413_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-413.jsonl');
const OWN_LAY_414_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-414.jsonl');
const OWN_LAY_415_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-415.jsonl');
const OWN_LAY_416_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-416.jsonl');
const OWN_LAY_417_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-417.jsonl');
const OWN_LAY_418_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-418.jsonl');
const OWN_LAY_419_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-419.jsonl');
const OWN_LAY_420_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-420.jsonl');
const OWN_LAY_421_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-421.jsonl');
const OWN_LAY_422_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-422.jsonl');
const OWN_LAY_423_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-423.jsonl');
const OWN_LAY_424_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-424.jsonl');
const OWN_LAY_425_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-425.jsonl');
const OWN_LAY_426_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-426.jsonl');
const OWN_LAY_427_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-427.jsonl');
const OWN_LAY_428_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-428.jsonl');
const OWN_LAY_429_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-429.jsonl');
const OWN_LAY_430_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-430.jsonl');
const OWN_LAY_431_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-431.jsonl');
const OWN_LAY_432_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-432.jsonl');
const OWN_LAY_433_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-433.jsonl');
const OWN_LAY_434_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-434.jsonl');
const OWN_LAY_435_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-435.jsonl');
const OWN_LAY_436_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-436.jsonl');
const OWN_LAY_437_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-437.jsonl');
const OWN_LAY_438_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-438.jsonl');
const OWN_LAY_439_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-439.jsonl');
const OWN_LAY_440_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-440.jsonl');
const OWN_LAY_441_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-441.jsonl');
const OWN_LAY_442_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-442.jsonl');
const OWN_LAY_443_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-443.jsonl');
const OWN_LAY_444_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-444.jsonl');
const OWN_LAY_445_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-445.jsonl');
const OWN_LAY_446_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-446.jsonl');
const OWN_LAY_447_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-447.jsonl');
const OWN_LAY_448_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-448.jsonl');
const OWN_LAY_449_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-449.jsonl');
const OWN_LAY_450_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-450.jsonl');
const OWN_LAY_451_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-451.jsonl');
const OWN_LAY_452_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-452.jsonl');
const OWN_LAY_453_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-453.jsonl');
const OWN_LAY_454_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-454.jsonl');
const OWN_LAY_455_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-455.jsonl');
const OWN_LAY_456_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-456.jsonl');
const OWN_LAY_457_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-457.jsonl');
const OWN_LAY_458_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-458.jsonl');
const OWN_LAY_459_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-459.jsonl');
const OWN_LAY_460_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-460.jsonl');
const OWN_LAY_461_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-461.jsonl');
const OWN_LAY_462_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-462.jsonl');
const OWN_LAY_463_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-463.jsonl');
const OWN_LAY_464_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-464.jsonl');
const OWN_LAY_465_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-465.jsonl');
const OWN_LAY_466_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-466.jsonl');
const OWN_LAY_467_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-467.jsonl');
const OWN_LAY_468_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-468.jsonl');
const OWN_LAY_469_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-469.jsonl');
const OWN_LAY_470_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-470.jsonl');
const OWN_LAY_471_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-471.jsonl');
const OWN_LAY_472_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-472.jsonl');
const OWN_LAY_473_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-473.jsonl');
const OWN_LAY_474_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-474.jsonl');
const OWN_LAY_475_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-475.jsonl');
const OWN_LAY_476_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-476.jsonl');
const OWN_LAY_477_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-477.jsonl');
const OWN_LAY_478_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-478.jsonl');
const OWN_LAY_479_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-479.jsonl');
const OWN_LAY_480_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-480.jsonl');
const OWN_LAY_481_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay-481.jsonl');

function expectArticleTargets(result: Evaluation): void {
  const o = result.overall;
  const report = formatEvaluation(result);
  expect(o.inScope, report).toBeGreaterThan(0);
  expect(o.hit1, report).toBeGreaterThanOrEqual(0.9);
  expect(o.hit3, report).toBeGreaterThanOrEqual(0.97);
  expect(o.refused, report).toBeGreaterThanOrEqual(0.9);
  expect(o.unanswered * 30, report).toBeLessThanOrEqual(o.inScope);
  expect(o.debris, report).toBe(0);
}

describe('quality on the bone-brain article', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = KnowledgeBase.build(loadContent(join(PROJECT_ROOT, 'content')));
  });

  it("meets the targets on the project's own questions (both sets together)", () => {
    const questions = [...readQuestions(OWN_QUESTIONS), ...readQuestions(OWN_LATER_QUESTIONS)];
    expect(questions.filter((q) => q.expect.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => q.expect.length === 0).length).toBeGreaterThanOrEqual(15);
    expectArticleTargets(evaluate(questions, askAsTheBotDoes(kb)));
  });

  it('meets the everyday-style targets (0.90 hit@1, 0.92 declined) on our first lay set', () => {
    const result = evaluate(readQuestions(OWN_LAY_QUESTIONS), askAsTheBotDoes(kb));
    const report = formatEvaluation(result);
    expect(result.overall.inScope, report).toBeGreaterThanOrEqual(24);
    expect(result.overall.hit1, report).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.refused, report).toBeGreaterThanOrEqual(0.92);
    expect(result.overall.unanswered * 30, report).toBeLessThanOrEqual(result.overall.inScope);
  });

  it('does not fall below its level on the second everyday-style set, written before the tuning it measures', () => {
    const result = evaluate(readQuestions(OWN_LAY_2_QUESTIONS), askAsTheBotDoes(kb));
    const report = formatEvaluation(result);
    expect(result.overall.inScope, report).toBeGreaterThanOrEqual(21);
    expect(result.overall.hit1, report).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.refused, report).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    [OWN_LAY_3_QUESTIONS, 29, 0.89, 1],
    [OWN_LAY_4_QUESTIONS, 25, 0.92, 1],
    [OWN_LAY_5_QUESTIONS, 24, 0.95, 1],
    [OWN_LAY_6_QUESTIONS, 25, 0.92, 1],
    [OWN_LAY_7_QUESTIONS, 25, 0.92, 0.87],
    [OWN_LAY_8_QUESTIONS, 25, 0.92, 0.75],
    [OWN_LAY_9_QUESTIONS, 20, 0.9, 1],
    [OWN_LAY_10_QUESTIONS, 20, 1, 0.9],
    [OWN_LAY_11_QUESTIONS, 19, 0.94, 0.81],
    [OWN_LAY_12_QUESTIONS, 20, 0.9, 1],
    [OWN_LAY_13_QUESTIONS, 22, 1, 1],
    [OWN_LAY_14_QUESTIONS, 22, 1, 0.9],
    [OWN_LAY_15_QUESTIONS, 10, 1, 1],
    [OWN_LAY_16_QUESTIONS, 25, 0.96, 0.87],
    [OWN_LAY_17_QUESTIONS, 25, 0.92, 1],
    [OWN_LAY_18_QUESTIONS, 24, 0.95, 1],
    [OWN_LAY_19_QUESTIONS, 20, 1, 1],
    [OWN_LAY_20_QUESTIONS, 20, 0.8, 0.62],
    [OWN_LAY_21_QUESTIONS, 8, 0.87, 0.8],
    [OWN_LAY_22_QUESTIONS, 20, 0.85, 1],
    [OWN_LAY_23_QUESTIONS, 20, 1, 0.9],
    [OWN_LAY_24_QUESTIONS, 20, 1, 1],
    [OWN_LAY_25_QUESTIONS, 20, 0.8, 1],
    [OWN_LAY_26_QUESTIONS, 20, 1, 1],
    [OWN_LAY_27_QUESTIONS, 10, 1, 0.83],
    [OWN_LAY_28_QUESTIONS, 20, 0.95, 1],
    [OWN_LAY_29_QUESTIONS, 20, 0.9, 1],
    [OWN_LAY_30_QUESTIONS, 20, 0.95, 0.8],
    [OWN_LAY_31_QUESTIONS, 20, 1, 0.9],
    [OWN_LAY_32_QUESTIONS, 10, 0.9, 0.9],
    [OWN_LAY_33_QUESTIONS, 20, 0.85, 1],
    [OWN_LAY_34_QUESTIONS, 10, 1, 0.9],
    [OWN_LAY_35_QUESTIONS, 20, 0.9, 0.8],
    [OWN_LAY_36_QUESTIONS, 15, 1, 1],
    [OWN_LAY_37_QUESTIONS, 20, 0.9, 1],
    [OWN_LAY_38_QUESTIONS, 20, 1, 1],
    [OWN_LAY_39_QUESTIONS, 10, 1, 1],
    [OWN_LAY_40_QUESTIONS, 15, 0.86, 1],
    [OWN_LAY_41_QUESTIONS, 15, 1, 1],
    [OWN_LAY_42_QUESTIONS, 15, 1, 0.88],
    [OWN_LAY_43_QUESTIONS, 15, 0.93, 1],
    [OWN_LAY_44_QUESTIONS, 15, 0.86, 0.87],
    [OWN_LAY_45_QUESTIONS, 12, 0.66, 1],
    [OWN_LAY_46_QUESTIONS, 17, 0.94, 1],
    [OWN_LAY_47_QUESTIONS, 10, 1, 0.91],
    [OWN_LAY_48_QUESTIONS, 20, 0.95, 1],
    [OWN_LAY_49_QUESTIONS, 20, 1, 0.8],
    [OWN_LAY_50_QUESTIONS, 20, 1, 1],
    [OWN_LAY_51_QUESTIONS, 20, 0.95, 1],
    [OWN_LAY_52_QUESTIONS, 20, 0.9, 0.7],
    [OWN_LAY_53_QUESTIONS, 10, 1, 1],
    [OWN_LAY_54_QUESTIONS, 15, 0.93, 1],
    [OWN_LAY_55_QUESTIONS, 12, 1, 1],
    [OWN_LAY_56_QUESTIONS, 15, 1, 0.8],
    [OWN_LAY_57_QUESTIONS, 12, 0.75, 1],
    [OWN_LAY_58_QUESTIONS, 14, 1, 1],
    [OWN_LAY_59_QUESTIONS, 14, 1, 1],
    [OWN_LAY_60_QUESTIONS, 12, 1, 1],
    [OWN_LAY_61_QUESTIONS, 10, 0.9, 1],
    [OWN_LAY_62_QUESTIONS, 12, 0.91, 1],
    [OWN_LAY_63_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_64_QUESTIONS, 8, 1, 1],
    [OWN_LAY_65_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_66_QUESTIONS, 10, 0.6, 1],
    [OWN_LAY_67_QUESTIONS, 10, 1, 1],
    [OWN_LAY_68_QUESTIONS, 11, 0.9, 1],
    [OWN_LAY_69_QUESTIONS, 4, 1, 0.83],
    [OWN_LAY_70_QUESTIONS, 10, 0.6, 0.75],
    [OWN_LAY_71_QUESTIONS, 8, 1, 1],
    [OWN_LAY_72_QUESTIONS, 9, 1, 0.66],
    [OWN_LAY_73_QUESTIONS, 8, 1, 1],
    [OWN_LAY_74_QUESTIONS, 9, 1, 1],
    [OWN_LAY_75_QUESTIONS, 6, 1, 0.75],
    [OWN_LAY_76_QUESTIONS, 10, 0.9, 1],
    [OWN_LAY_77_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_78_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_79_QUESTIONS, 6, 1, 1],
    [OWN_LAY_80_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_81_QUESTIONS, 6, 0.66, 1],
    [OWN_LAY_82_QUESTIONS, 8, 1, 1],
    [OWN_LAY_83_QUESTIONS, 8, 1, 1],
    [OWN_LAY_84_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_85_QUESTIONS, 7, 1, 1],
    [OWN_LAY_86_QUESTIONS, 7, 0.71, 0.66],
    [OWN_LAY_87_QUESTIONS, 3, 1, 1],
    [OWN_LAY_88_QUESTIONS, 8, 1, 1],
    [OWN_LAY_89_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_90_QUESTIONS, 8, 1, 1],
    [OWN_LAY_91_QUESTIONS, 7, 0.71, 1],
    [OWN_LAY_92_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_93_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_94_QUESTIONS, 8, 1, 1],
    [OWN_LAY_95_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_96_QUESTIONS, 8, 0.87, 0.33],
    [OWN_LAY_97_QUESTIONS, 3, 1, 1],
    [OWN_LAY_98_QUESTIONS, 8, 0.5, 1],
    [OWN_LAY_99_QUESTIONS, 8, 1, 1],
    [OWN_LAY_100_QUESTIONS, 6, 1, 1],
    [OWN_LAY_101_QUESTIONS, 7, 0.85, 0.5],
    [OWN_LAY_102_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_103_QUESTIONS, 7, 0.57, 0.5],
    [OWN_LAY_104_QUESTIONS, 7, 1, 0.5],
    [OWN_LAY_105_QUESTIONS, 3, 1, 1],
    [OWN_LAY_106_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_107_QUESTIONS, 7, 1, 0.66],
    [OWN_LAY_108_QUESTIONS, 5, 0.6, 1],
    [OWN_LAY_109_QUESTIONS, 8, 1, 1],
    [OWN_LAY_110_QUESTIONS, 7, 0.71, 1],
    [OWN_LAY_111_QUESTIONS, 7, 1, 1],
    [OWN_LAY_112_QUESTIONS, 9, 0.88, 1],
    // "Causal or just a correlation?" now quotes the passage saying the axis is not just speculative, before the
    // bidirectional one the set expects: the sceptic's "just a correlation" (sets 61, 150, 226) is read so.
    [OWN_LAY_113_QUESTIONS, 9, 0.88, 0.75],
    [OWN_LAY_114_QUESTIONS, 11, 1, 1],
    [OWN_LAY_115_QUESTIONS, 10, 0.9, 1],
    [OWN_LAY_116_QUESTIONS, 10, 1, 1],
    [OWN_LAY_117_QUESTIONS, 3, 1, 1],
    [OWN_LAY_118_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_119_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_120_QUESTIONS, 9, 0.88, 1],
    [OWN_LAY_121_QUESTIONS, 8, 1, 0],
    [OWN_LAY_122_QUESTIONS, 8, 0.75, 0.66],
    [OWN_LAY_123_QUESTIONS, 7, 1, 1],
    [OWN_LAY_124_QUESTIONS, 10, 0.9, 1],
    [OWN_LAY_125_QUESTIONS, 6, 0.83, 1],
    [OWN_LAY_126_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_127_QUESTIONS, 8, 1, 1],
    [OWN_LAY_128_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_129_QUESTIONS, 8, 1, 1],
    [OWN_LAY_130_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_131_QUESTIONS, 6, 1, 0.66],
    [OWN_LAY_132_QUESTIONS, 7, 1, 1],
    [OWN_LAY_133_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_134_QUESTIONS, 9, 0.88, 1],
    [OWN_LAY_135_QUESTIONS, 7, 1, 1],
    [OWN_LAY_136_QUESTIONS, 6, 0.83, 0.5],
    [OWN_LAY_137_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_138_QUESTIONS, 8, 1, 1],
    [OWN_LAY_139_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_140_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_141_QUESTIONS, 8, 1, 1],
    [OWN_LAY_142_QUESTIONS, 8, 1, 1],
    [OWN_LAY_143_QUESTIONS, 8, 1, 1],
    [OWN_LAY_144_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_145_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_146_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_147_QUESTIONS, 5, 1, 1],
    [OWN_LAY_148_QUESTIONS, 8, 1, 1],
    [OWN_LAY_149_QUESTIONS, 8, 1, 1],
    [OWN_LAY_150_QUESTIONS, 7, 1, 1],
    [OWN_LAY_151_QUESTIONS, 8, 1, 1],
    [OWN_LAY_152_QUESTIONS, 8, 1, 1],
    [OWN_LAY_153_QUESTIONS, 8, 1, 1],
    [OWN_LAY_154_QUESTIONS, 8, 1, 1],
    [OWN_LAY_155_QUESTIONS, 8, 1, 1],
    [OWN_LAY_156_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_157_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_158_QUESTIONS, 7, 0.85, 0.66],
    [OWN_LAY_159_QUESTIONS, 8, 1, 1],
    [OWN_LAY_160_QUESTIONS, 8, 1, 1],
    [OWN_LAY_161_QUESTIONS, 5, 1, 0.8],
    [OWN_LAY_162_QUESTIONS, 8, 1, 1],
    [OWN_LAY_163_QUESTIONS, 8, 1, 1],
    [OWN_LAY_164_QUESTIONS, 8, 0.5, 1],
    [OWN_LAY_165_QUESTIONS, 8, 1, 1],
    [OWN_LAY_166_QUESTIONS, 8, 1, 1],
    [OWN_LAY_167_QUESTIONS, 8, 1, 1],
    [OWN_LAY_168_QUESTIONS, 8, 1, 1],
    [OWN_LAY_169_QUESTIONS, 8, 1, 1],
    [OWN_LAY_170_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_171_QUESTIONS, 8, 1, 0],
    [OWN_LAY_172_QUESTIONS, 8, 1, 1],
    [OWN_LAY_173_QUESTIONS, 8, 1, 1],
    [OWN_LAY_174_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_175_QUESTIONS, 8, 1, 1],
    [OWN_LAY_176_QUESTIONS, 8, 1, 1],
    [OWN_LAY_177_QUESTIONS, 8, 1, 1],
    [OWN_LAY_178_QUESTIONS, 8, 1, 1],
    [OWN_LAY_179_QUESTIONS, 8, 1, 1],
    [OWN_LAY_180_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_181_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_182_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_183_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_184_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_185_QUESTIONS, 8, 0.87, 0.5],
    [OWN_LAY_186_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_187_QUESTIONS, 8, 1, 1],
    [OWN_LAY_188_QUESTIONS, 8, 0.75, 0.5],
    [OWN_LAY_189_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_190_QUESTIONS, 7, 0.71, 1],
    [OWN_LAY_191_QUESTIONS, 8, 1, 1],
    [OWN_LAY_192_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_193_QUESTIONS, 8, 1, 1],
    [OWN_LAY_194_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_195_QUESTIONS, 8, 1, 1],
    [OWN_LAY_196_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_197_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_198_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_199_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_200_QUESTIONS, 8, 1, 1],
    [OWN_LAY_201_QUESTIONS, 8, 1, 1],
    [OWN_LAY_202_QUESTIONS, 8, 1, 1],
    [OWN_LAY_203_QUESTIONS, 8, 0.87, 0.5],
    [OWN_LAY_204_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_205_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_206_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_207_QUESTIONS, 8, 1, 1],
    [OWN_LAY_208_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_209_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_210_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_211_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_212_QUESTIONS, 8, 0.87, 0.5],
    [OWN_LAY_213_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_214_QUESTIONS, 5, 1, 1],
    [OWN_LAY_215_QUESTIONS, 7, 1, 1],
    [OWN_LAY_216_QUESTIONS, 8, 1, 1],
    [OWN_LAY_217_QUESTIONS, 8, 1, 1],
    [OWN_LAY_218_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_219_QUESTIONS, 8, 1, 1],
    [OWN_LAY_220_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_221_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_222_QUESTIONS, 8, 1, 1],
    [OWN_LAY_223_QUESTIONS, 8, 1, 1],
    [OWN_LAY_224_QUESTIONS, 8, 1, 1],
    [OWN_LAY_225_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_226_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_227_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_228_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_229_QUESTIONS, 8, 1, 1],
    [OWN_LAY_230_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_231_QUESTIONS, 8, 1, 1],
    [OWN_LAY_232_QUESTIONS, 8, 1, 1],
    [OWN_LAY_233_QUESTIONS, 8, 1, 1],
    [OWN_LAY_234_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_235_QUESTIONS, 8, 1, 1],
    [OWN_LAY_236_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_237_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_238_QUESTIONS, 8, 1, 1],
    [OWN_LAY_239_QUESTIONS, 8, 1, 1],
    [OWN_LAY_240_QUESTIONS, 7, 0.85, 0.66],
    [OWN_LAY_241_QUESTIONS, 8, 1, 1],
    [OWN_LAY_242_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_243_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_244_QUESTIONS, 8, 1, 1],
    [OWN_LAY_245_QUESTIONS, 8, 0.62, 0.5],
    [OWN_LAY_246_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_247_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_248_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_249_QUESTIONS, 8, 1, 1],
    [OWN_LAY_250_QUESTIONS, 8, 1, 1],
    [OWN_LAY_251_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_252_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_253_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_254_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_255_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_256_QUESTIONS, 8, 1, 1],
    [OWN_LAY_257_QUESTIONS, 8, 1, 1],
    [OWN_LAY_258_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_259_QUESTIONS, 8, 1, 1],
    [OWN_LAY_260_QUESTIONS, 8, 1, 1],
    [OWN_LAY_261_QUESTIONS, 8, 1, 1],
    [OWN_LAY_262_QUESTIONS, 8, 1, 1],
    [OWN_LAY_263_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_264_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_265_QUESTIONS, 8, 0.5, 1],
    [OWN_LAY_266_QUESTIONS, 8, 0.5, 1],
    [OWN_LAY_267_QUESTIONS, 8, 1, 1],
    [OWN_LAY_268_QUESTIONS, 8, 1, 1],
    [OWN_LAY_269_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_270_QUESTIONS, 8, 0.87, 0.5],
    [OWN_LAY_271_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_272_QUESTIONS, 8, 1, 1],
    [OWN_LAY_273_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_274_QUESTIONS, 8, 1, 1],
    [OWN_LAY_275_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_276_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_277_QUESTIONS, 8, 1, 1],
    [OWN_LAY_278_QUESTIONS, 8, 0.62, 0.5],
    [OWN_LAY_279_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_280_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_281_QUESTIONS, 8, 0.87, 0.5],
    [OWN_LAY_282_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_283_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_284_QUESTIONS, 8, 1, 1],
    [OWN_LAY_285_QUESTIONS, 8, 1, 1],
    [OWN_LAY_286_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_287_QUESTIONS, 7, 0.71, 0.66],
    [OWN_LAY_288_QUESTIONS, 8, 1, 1],
    [OWN_LAY_289_QUESTIONS, 8, 1, 1],
    [OWN_LAY_290_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_291_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_292_QUESTIONS, 8, 1, 1],
    [OWN_LAY_293_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_294_QUESTIONS, 8, 1, 1],
    [OWN_LAY_295_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_296_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_297_QUESTIONS, 8, 0.62, 1],
    // Phone autocorrect: real words in place of the article's ("cortical", "revue", "bone brain taxis"), which
    // the engine does not read as the words meant yet (2 of 8 when written, 2 now).
    [OWN_LAY_298_QUESTIONS, 8, 0.37, 1],
    [OWN_LAY_299_QUESTIONS, 8, 1, 1],
    [OWN_LAY_300_QUESTIONS, 8, 1, 1],
    [OWN_LAY_301_QUESTIONS, 8, 1, 1],
    [OWN_LAY_302_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_303_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_304_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_305_QUESTIONS, 8, 1, 1],
    [OWN_LAY_306_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_307_QUESTIONS, 8, 1, 1],
    [OWN_LAY_308_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_309_QUESTIONS, 8, 0.87, 0.5],
    [OWN_LAY_310_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_311_QUESTIONS, 8, 1, 1],
    [OWN_LAY_312_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_313_QUESTIONS, 8, 0.5, 1],
    [OWN_LAY_314_QUESTIONS, 8, 1, 1],
    [OWN_LAY_315_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_316_QUESTIONS, 8, 1, 1],
    [OWN_LAY_317_QUESTIONS, 8, 0.87, 0.5],
    [OWN_LAY_318_QUESTIONS, 8, 1, 0.5],
    [OWN_LAY_319_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_320_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_321_QUESTIONS, 8, 0.62, 1],
    [OWN_LAY_322_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_323_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_324_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_325_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_326_QUESTIONS, 8, 1, 1],
    [OWN_LAY_327_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_328_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_329_QUESTIONS, 8, 1, 1],
    [OWN_LAY_330_QUESTIONS, 7, 1, 1],
    [OWN_LAY_331_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_332_QUESTIONS, 7, 1, 1],
    [OWN_LAY_333_QUESTIONS, 6, 0.83, 1],
    [OWN_LAY_334_QUESTIONS, 7, 0.57, 1],
    [OWN_LAY_335_QUESTIONS, 7, 1, 0.66],
    [OWN_LAY_336_QUESTIONS, 6, 0.66, 1],
    [OWN_LAY_337_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_338_QUESTIONS, 3, 0.66, 1],
    [OWN_LAY_339_QUESTIONS, 5, 0.8, 1],
    [OWN_LAY_340_QUESTIONS, 7, 1, 0.66],
    [OWN_LAY_341_QUESTIONS, 7, 1, 1],
    [OWN_LAY_342_QUESTIONS, 7, 1, 1],
    [OWN_LAY_343_QUESTIONS, 7, 1, 0.33],
    [OWN_LAY_344_QUESTIONS, 3, 1, 1],
    [OWN_LAY_345_QUESTIONS, 7, 0.71, 1],
    [OWN_LAY_346_QUESTIONS, 7, 1, 1],
    [OWN_LAY_347_QUESTIONS, 7, 0.85, 0.66],
    [OWN_LAY_348_QUESTIONS, 7, 1, 1],
    [OWN_LAY_349_QUESTIONS, 7, 0.71, 0.66],
    [OWN_LAY_350_QUESTIONS, 7, 1, 0.66],
    [OWN_LAY_351_QUESTIONS, 5, 1, 1],
    [OWN_LAY_352_QUESTIONS, 4, 1, 0.83],
    [OWN_LAY_353_QUESTIONS, 10, 0.5, 1],
    [OWN_LAY_354_QUESTIONS, 11, 1, 1],
    [OWN_LAY_355_QUESTIONS, 10, 1, 0.66],
    [OWN_LAY_356_QUESTIONS, 6, 0.83, 1],
    [OWN_LAY_357_QUESTIONS, 9, 1, 1],
    [OWN_LAY_358_QUESTIONS, 7, 1, 1],
    [OWN_LAY_359_QUESTIONS, 8, 1, 1],
    [OWN_LAY_360_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_361_QUESTIONS, 6, 1, 1],
    [OWN_LAY_362_QUESTIONS, 7, 1, 1],
    [OWN_LAY_363_QUESTIONS, 7, 0.71, 1],
    [OWN_LAY_364_QUESTIONS, 6, 1, 1],
    [OWN_LAY_365_QUESTIONS, 5, 1, 1],
    [OWN_LAY_366_QUESTIONS, 6, 1, 1],
    [OWN_LAY_367_QUESTIONS, 6, 1, 1],
    [OWN_LAY_368_QUESTIONS, 3, 1, 0.83],
    [OWN_LAY_369_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_370_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_371_QUESTIONS, 6, 0.83, 1],
    [OWN_LAY_372_QUESTIONS, 4, 0.75, 1],
    [OWN_LAY_373_QUESTIONS, 6, 1, 1],
    [OWN_LAY_374_QUESTIONS, 6, 1, 1],
    [OWN_LAY_375_QUESTIONS, 6, 1, 0.5],
    [OWN_LAY_376_QUESTIONS, 3, 1, 1],
    [OWN_LAY_377_QUESTIONS, 6, 0.66, 1],
    [OWN_LAY_378_QUESTIONS, 6, 1, 1],
    [OWN_LAY_379_QUESTIONS, 6, 0.83, 1],
    [OWN_LAY_380_QUESTIONS, 3, 1, 1],
    [OWN_LAY_381_QUESTIONS, 6, 1, 1],
    [OWN_LAY_382_QUESTIONS, 6, 0.83, 1],
    [OWN_LAY_383_QUESTIONS, 6, 1, 1],
    [OWN_LAY_384_QUESTIONS, 2, 1, 1],
    [OWN_LAY_385_QUESTIONS, 6, 0.83, 1],
    [OWN_LAY_386_QUESTIONS, 5, 0.6, 1],
    [OWN_LAY_387_QUESTIONS, 4, 0.75, 1],
    [OWN_LAY_388_QUESTIONS, 3, 1, 1],
    [OWN_LAY_389_QUESTIONS, 4, 1, 1],
    [OWN_LAY_390_QUESTIONS, 5, 1, 0.5],
    [OWN_LAY_391_QUESTIONS, 5, 1, 1],
    [OWN_LAY_392_QUESTIONS, 5, 0.8, 1],
    [OWN_LAY_393_QUESTIONS, 5, 1, 1],
    [OWN_LAY_394_QUESTIONS, 5, 0.2, 1],
    [OWN_LAY_395_QUESTIONS, 4, 0.5, 0.5],
    [OWN_LAY_396_QUESTIONS, 3, 1, 1],
    [OWN_LAY_397_QUESTIONS, 6, 0.66, 1],
    [OWN_LAY_398_QUESTIONS, 10, 1, 1],
    [OWN_LAY_399_QUESTIONS, 9, 1, 1],
    [OWN_LAY_400_QUESTIONS, 4, 1, 1],
    [OWN_LAY_401_QUESTIONS, 8, 1, 1],
    [OWN_LAY_402_QUESTIONS, 8, 0.75, 0.5],
    [OWN_LAY_403_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_404_QUESTIONS, 3, 0.66, 1],
    [OWN_LAY_405_QUESTIONS, 7, 0.85, 0.66],
    [OWN_LAY_406_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_407_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_408_QUESTIONS, 2, 1, 0.62],
    [OWN_LAY_409_QUESTIONS, 6, 0.83, 1],
    [OWN_LAY_410_QUESTIONS, 7, 1, 0.33],
    [OWN_LAY_411_QUESTIONS, 6, 0.66, 0.5],
    [OWN_LAY_412_QUESTIONS, 4, 1, 0.83],
    [OWN_LAY_413_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_414_QUESTIONS, 9, 1, 1],
    [OWN_LAY_415_QUESTIONS, 10, 1, 1],
    [OWN_LAY_416_QUESTIONS, 8, 1, 1],
    [OWN_LAY_417_QUESTIONS, 8, 1, 0.66],
    [OWN_LAY_418_QUESTIONS, 8, 1, 0.66],
    [OWN_LAY_419_QUESTIONS, 8, 1, 1],
    [OWN_LAY_420_QUESTIONS, 6, 0.66, 0.66],
    [OWN_LAY_421_QUESTIONS, 8, 0.87, 0.66],
    [OWN_LAY_422_QUESTIONS, 8, 1, 1],
    [OWN_LAY_423_QUESTIONS, 7, 1, 0.66],
    [OWN_LAY_424_QUESTIONS, 8, 1, 1],
    [OWN_LAY_425_QUESTIONS, 8, 1, 1],
    [OWN_LAY_426_QUESTIONS, 8, 1, 1],
    [OWN_LAY_427_QUESTIONS, 7, 1, 1],
    [OWN_LAY_428_QUESTIONS, 7, 1, 0.66],
    [OWN_LAY_429_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_430_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_431_QUESTIONS, 5, 0.8, 1],
    [OWN_LAY_432_QUESTIONS, 8, 1, 1],
    [OWN_LAY_433_QUESTIONS, 10, 0.9, 1],
    [OWN_LAY_434_QUESTIONS, 10, 0.9, 1],
    [OWN_LAY_435_QUESTIONS, 10, 0.9, 1],
    [OWN_LAY_436_QUESTIONS, 11, 0.81, 1],
    [OWN_LAY_437_QUESTIONS, 10, 1, 1],
    [OWN_LAY_438_QUESTIONS, 10, 1, 1],
    [OWN_LAY_439_QUESTIONS, 10, 0.8, 1],
    [OWN_LAY_440_QUESTIONS, 7, 0.85, 1],
    [OWN_LAY_441_QUESTIONS, 9, 1, 1],
    [OWN_LAY_442_QUESTIONS, 9, 0.77, 0.66],
    [OWN_LAY_443_QUESTIONS, 8, 1, 1],
    [OWN_LAY_444_QUESTIONS, 8, 1, 1],
    [OWN_LAY_445_QUESTIONS, 9, 1, 1],
    [OWN_LAY_446_QUESTIONS, 9, 1, 1],
    [OWN_LAY_447_QUESTIONS, 8, 0.87, 1],
    [OWN_LAY_448_QUESTIONS, 8, 0.75, 1],
    [OWN_LAY_449_QUESTIONS, 9, 1, 1],
    [OWN_LAY_450_QUESTIONS, 9, 1, 0.66],
    [OWN_LAY_451_QUESTIONS, 9, 1, 1],
    [OWN_LAY_452_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_453_QUESTIONS, 9, 0.88, 0.66],
    [OWN_LAY_454_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_455_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_456_QUESTIONS, 9, 1, 1],
    [OWN_LAY_457_QUESTIONS, 9, 1, 1],
    [OWN_LAY_458_QUESTIONS, 9, 1, 1],
    [OWN_LAY_459_QUESTIONS, 9, 1, 1],
    [OWN_LAY_460_QUESTIONS, 9, 0.66, 1],
    [OWN_LAY_461_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_462_QUESTIONS, 9, 1, 1],
    [OWN_LAY_463_QUESTIONS, 9, 0.66, 1],
    [OWN_LAY_464_QUESTIONS, 9, 0.66, 1],
    [OWN_LAY_465_QUESTIONS, 9, 0.66, 1],
    [OWN_LAY_466_QUESTIONS, 9, 0.88, 1],
    [OWN_LAY_467_QUESTIONS, 9, 1, 1],
    [OWN_LAY_468_QUESTIONS, 9, 1, 1],
    [OWN_LAY_469_QUESTIONS, 9, 1, 1],
    [OWN_LAY_470_QUESTIONS, 9, 1, 1],
    [OWN_LAY_471_QUESTIONS, 9, 0.77, 0.66],
    [OWN_LAY_472_QUESTIONS, 9, 0.88, 1],
    [OWN_LAY_473_QUESTIONS, 9, 0.88, 1],
    [OWN_LAY_474_QUESTIONS, 9, 1, 1],
    [OWN_LAY_475_QUESTIONS, 9, 1, 1],
    [OWN_LAY_476_QUESTIONS, 9, 1, 1],
    [OWN_LAY_477_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_478_QUESTIONS, 9, 0.88, 1],
    [OWN_LAY_479_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_480_QUESTIONS, 9, 0.77, 1],
    [OWN_LAY_481_QUESTIONS, 9, 0.88, 1],
  ])(
    'does not fall below its level on the later everyday-style set %s (the targets are open work)',
    (file, inScope, hit1, refused) => {
      const result = evaluate(readQuestions(file), askAsTheBotDoes(kb));
      const report = formatEvaluation(result);
      expect(result.overall.inScope, report).toBeGreaterThanOrEqual(inScope);
      expect(result.overall.hit1, report).toBeGreaterThanOrEqual(hit1);
      expect(result.overall.refused, report).toBeGreaterThanOrEqual(refused);
    },
  );

  it.skipIf(!existsSync(SHARED_LAY_QUESTIONS))('meets the hit@1 target (0.90) on the shared everyday-style set', () => {
    const result = evaluate(readQuestions(SHARED_LAY_QUESTIONS), askAsTheBotDoes(kb));
    const report = formatEvaluation(result);
    expect(result.overall.hit1, report).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.refused, report).toBe(1);
  });

  it.skipIf(!existsSync(SHARED_QUESTIONS))('meets the targets on the shared question set', () => {
    expectArticleTargets(evaluate(readQuestions(SHARED_QUESTIONS), askAsTheBotDoes(kb)));
  });

  it('answers follow-ups in their conversation for 85% of them, well above the same questions on their own', () => {
    const sets = [OWN_FOLLOW_UPS, ...(existsSync(SHARED_FOLLOW_UPS) ? [SHARED_FOLLOW_UPS] : [])];
    for (const set of sets) {
      const result = evaluateConversations(readConversations(set), askAsTheBotDoes(kb));
      const report = `${set}\n${formatConversationEvaluation(result)}`;
      expect(result.followUps, report).toBeGreaterThanOrEqual(5);
      expect(result.firstTurns, report).toBeGreaterThanOrEqual(0.9);
      expect(result.withContext, report).toBeGreaterThanOrEqual(0.85);
      expect(result.withContext - result.withoutContext, report).toBeGreaterThanOrEqual(0.3);
    }
  });

  // Later follow-up sets, each written before the tuning after it: [file, follow-ups, level, gain over no context].
  // A gain floor falls when the follow-ups asked alone get better with the level kept (2026-12-08: "what do they
  // recommend?" alone reads "they" as the authors; sets 67, 110, 123 and 149 gained less over it).
  // The third was 0.69 unseen, 0.81 now (the target, 0.85, is open work); the fourth 0.846 unseen, 0.923 now;
  // the fifth 0.667 unseen, 0.867 now; the sixth 0.714 unseen, 0.786 now ("who came up with it" joined the
  // article's authors synonyms); the seventh 0.529 unseen, 0.765 now; the eighth 0.667 unseen, 0.733 now;
  // the ninth 0.867 unseen, 0.933 now (its "what about osteopontin" had passed on a truncated topic, "used
  // already" joined the synonyms); the tenth 0.714 unseen, 0.786 now; the eleventh 0.65 unseen and now; the
  // twelfth 0.80 unseen, 0.867 now; the thirteenth 0.80 unseen, 0.867 now; the fourteenth 0.706 unseen, 0.824 now; the fifteenth 0.667
  // unseen, 0.917 now; the sixteenth 0.667 unseen, 0.750 now (its follow-ups mostly stand alone: no gain);
  // the seventeenth 0.40 unseen, 0.80 now; the eighteenth 0.917 unseen; the nineteenth 0.70 unseen. Sets 46-48:
  // 1.0, 0.667 and 0.889 unseen; 1.0, 0.778 and 0.889 now.
  it.each([
    [OWN_FOLLOW_UPS_2, 13, 1, 0.3],
    [OWN_FOLLOW_UPS_3, 16, 0.87, 0],
    [OWN_FOLLOW_UPS_4, 13, 0.92, 0.3],
    [OWN_FOLLOW_UPS_5, 15, 0.86, 0.3],
    [OWN_FOLLOW_UPS_6, 14, 0.78, 0.07],
    [OWN_FOLLOW_UPS_7, 17, 0.76, 0.2],
    [OWN_FOLLOW_UPS_8, 15, 0.86, 0.19],
    [OWN_FOLLOW_UPS_9, 15, 0.93, 0.4],
    [OWN_FOLLOW_UPS_10, 14, 0.78, 0.35],
    [OWN_FOLLOW_UPS_11, 20, 0.7, 0.05],
    [OWN_FOLLOW_UPS_12, 15, 1, 0.19],
    [OWN_FOLLOW_UPS_13, 15, 0.93, 0.3],
    [OWN_FOLLOW_UPS_14, 17, 0.82, 0.05],
    [OWN_FOLLOW_UPS_15, 12, 0.91, 0.4],
    [OWN_FOLLOW_UPS_16, 12, 0.91, 0],
    [OWN_FOLLOW_UPS_17, 10, 0.9, 0.39],
    [OWN_FOLLOW_UPS_18, 12, 0.91, 0.16],
    [OWN_FOLLOW_UPS_19, 10, 0.8, 0.09],
    [OWN_FOLLOW_UPS_20, 13, 0.84, 0.5],
    [OWN_FOLLOW_UPS_21, 14, 0.85, 0.14],
    [OWN_FOLLOW_UPS_22, 12, 0.91, 0.4],
    [OWN_FOLLOW_UPS_23, 12, 0.83, 0],
    [OWN_FOLLOW_UPS_24, 10, 1, 0.4],
    [OWN_FOLLOW_UPS_25, 12, 1, 0.16],
    [OWN_FOLLOW_UPS_26, 14, 0.92, 0.28],
    [OWN_FOLLOW_UPS_27, 16, 0.93, 0.37],
    [OWN_FOLLOW_UPS_28, 16, 0.93, 0.31],
    [OWN_FOLLOW_UPS_29, 17, 1, 0.41],
    [OWN_FOLLOW_UPS_30, 14, 0.92, 0.35],
    [OWN_FOLLOW_UPS_31, 11, 0.9, 0],
    [OWN_FOLLOW_UPS_32, 11, 0.81, 0.18],
    [OWN_FOLLOW_UPS_33, 10, 0.9, 0.29],
    [OWN_FOLLOW_UPS_34, 10, 0.8, 0.1],
    [OWN_FOLLOW_UPS_35, 8, 0.87, 0.24],
    [OWN_FOLLOW_UPS_36, 8, 0.87, 0.6],
    [OWN_FOLLOW_UPS_37, 8, 0.87, 0.24],
    [OWN_FOLLOW_UPS_38, 5, 1, 0.59],
    [OWN_FOLLOW_UPS_39, 6, 1, 0.66],
    [OWN_FOLLOW_UPS_40, 4, 1, 0.99],
    [OWN_FOLLOW_UPS_41, 8, 1, 0.12],
    [OWN_FOLLOW_UPS_42, 6, 0.83, 0.33],
    [OWN_FOLLOW_UPS_43, 6, 0.66, 0],
    [OWN_FOLLOW_UPS_44, 14, 0.78, 0],
    [OWN_FOLLOW_UPS_45, 12, 0.75, 0.3],
    [OWN_FOLLOW_UPS_46, 10, 1, 0.3],
    [OWN_FOLLOW_UPS_47, 9, 0.88, 0.2],
    [OWN_FOLLOW_UPS_48, 9, 0.88, 0.3],
    [OWN_FOLLOW_UPS_49, 6, 1, 0.3],
    [OWN_FOLLOW_UPS_50, 6, 0.83, 0.15],
    [OWN_FOLLOW_UPS_51, 6, 1, 0.3],
    [OWN_FOLLOW_UPS_52, 6, 0.66, 0.15],
    [OWN_FOLLOW_UPS_53, 6, 0.83, 0.15],
    [OWN_FOLLOW_UPS_54, 6, 0.83, 0.33],
    [OWN_FOLLOW_UPS_55, 6, 1, 0.15],
    [OWN_FOLLOW_UPS_56, 6, 0.66, 0],
    [OWN_FOLLOW_UPS_57, 5, 0.8, 0.4],
    [OWN_FOLLOW_UPS_58, 6, 0.66, 0.5],
    [OWN_FOLLOW_UPS_59, 5, 1, 0.4],
    [OWN_FOLLOW_UPS_60, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_61, 6, 0.5, 0],
    [OWN_FOLLOW_UPS_62, 6, 0.83, 0.5],
    [OWN_FOLLOW_UPS_63, 6, 0.66, 0.16],
    [OWN_FOLLOW_UPS_64, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_65, 6, 0.83, 0],
    [OWN_FOLLOW_UPS_66, 6, 0.83, 0.33],
    [OWN_FOLLOW_UPS_67, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_68, 6, 1, 0],
    [OWN_FOLLOW_UPS_69, 6, 0.83, 0],
    [OWN_FOLLOW_UPS_70, 6, 0.66, 0],
    // "What kind of doctors are they?" is answered on its own too now (the article's synonyms for the authors'
    // specialty), so context adds nothing here.
    [OWN_FOLLOW_UPS_71, 6, 0.66, 0],
    // Context costs one here: "and the other way round?" after a declined "by how much" is asked as "does bones affect
    // depression", which quotes "the relationship is bidirectional" before the passages on that direction.
    [OWN_FOLLOW_UPS_72, 4, 1, -0.25],
    [OWN_FOLLOW_UPS_73, 6, 1, 0.5],
    [OWN_FOLLOW_UPS_74, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_75, 6, 1, 0.16],
    [OWN_FOLLOW_UPS_76, 6, 1, 0.5],
    [OWN_FOLLOW_UPS_77, 6, 0.83, 0.16],
    [OWN_FOLLOW_UPS_78, 6, 0.66, 0.33],
    [OWN_FOLLOW_UPS_79, 6, 0.83, 0.16],
    [OWN_FOLLOW_UPS_80, 6, 0.5, 0],
    [OWN_FOLLOW_UPS_81, 6, 0.83, 0.66],
    [OWN_FOLLOW_UPS_82, 6, 0.83, 0],
    // Context costs one here: "what did he say?" after "who's Pengpeng Li?" is asked with his name, which meets the
    // passage introducing the authors before the one quoting "Li and colleagues".
    [OWN_FOLLOW_UPS_83, 6, 0.66, -0.17],
    [OWN_FOLLOW_UPS_84, 6, 1, 0.66],
    [OWN_FOLLOW_UPS_85, 6, 0.83, 0.5],
    [OWN_FOLLOW_UPS_86, 6, 1, 0.5],
    [OWN_FOLLOW_UPS_87, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_88, 6, 0.66, 0.16],
    [OWN_FOLLOW_UPS_89, 6, 1, 0.83],
    [OWN_FOLLOW_UPS_90, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_91, 6, 1, 0.66],
    [OWN_FOLLOW_UPS_92, 6, 0.66, 0.16],
    [OWN_FOLLOW_UPS_93, 6, 0.5, 0.16],
    [OWN_FOLLOW_UPS_94, 6, 0.83, 0.66],
    [OWN_FOLLOW_UPS_95, 6, 1, 0.16],
    [OWN_FOLLOW_UPS_96, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_97, 6, 1, 0.5],
    [OWN_FOLLOW_UPS_98, 6, 0.83, 0.16],
    [OWN_FOLLOW_UPS_99, 6, 0.66, 0.16],
    [OWN_FOLLOW_UPS_100, 6, 1, 0.5],
    [OWN_FOLLOW_UPS_101, 6, 0.5, 0.33],
    [OWN_FOLLOW_UPS_102, 6, 0.83, 0.5],
    [OWN_FOLLOW_UPS_103, 6, 0.83, 0.5],
    [OWN_FOLLOW_UPS_104, 6, 1, 0.5],
    [OWN_FOLLOW_UPS_105, 6, 0.83, 0.5],
    // Scored worse in its conversation than alone when written: "and what about people with certain versions of its
    // gene" and "does it cause depression then" (which must be declined) are bent by the question before.
    [OWN_FOLLOW_UPS_106, 6, 0.5, -0.17],
    [OWN_FOLLOW_UPS_107, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_108, 6, 0.83, 0.33],
    [OWN_FOLLOW_UPS_109, 6, 1, 0.33],
    [OWN_FOLLOW_UPS_110, 6, 1, 0.5],
    [OWN_FOLLOW_UPS_111, 6, 0.5, 0],
    [OWN_FOLLOW_UPS_112, 6, 0.66, 0.16],
    [OWN_FOLLOW_UPS_113, 6, 0.83, 0.16],
    [OWN_FOLLOW_UPS_114, 6, 0.66, 0],
    [OWN_FOLLOW_UPS_115, 6, 0.66, 0.33],
    [OWN_FOLLOW_UPS_116, 6, 0.5, 0],
    [OWN_FOLLOW_UPS_117, 8, 0.75, -0.25],
    [OWN_FOLLOW_UPS_118, 6, 1, 0.16],
    [OWN_FOLLOW_UPS_119, 4, 0.75, 0],
    [OWN_FOLLOW_UPS_120, 8, 1, 0.37],
    [OWN_FOLLOW_UPS_121, 6, 0.83, 0.16],
    [OWN_FOLLOW_UPS_122, 4, 0.75, 0],
    [OWN_FOLLOW_UPS_123, 4, 1, 0.5],
    [OWN_FOLLOW_UPS_124, 4, 0.75, -0.25],
    [OWN_FOLLOW_UPS_125, 3, 0.33, 0],
    [OWN_FOLLOW_UPS_126, 3, 0.33, 0.33],
    [OWN_FOLLOW_UPS_127, 8, 0.75, 0],
    [OWN_FOLLOW_UPS_128, 9, 1, 0.22],
    [OWN_FOLLOW_UPS_129, 10, 0.8, 0],
    [OWN_FOLLOW_UPS_130, 7, 0.85, 0.14],
    [OWN_FOLLOW_UPS_131, 9, 1, 0.55],
    [OWN_FOLLOW_UPS_132, 7, 0.71, 0.28],
    [OWN_FOLLOW_UPS_133, 7, 1, 0.14],
    [OWN_FOLLOW_UPS_134, 6, 0.83, 0.16],
    [OWN_FOLLOW_UPS_135, 8, 0.75, 0.12],
    [OWN_FOLLOW_UPS_136, 9, 1, 0.33],
    [OWN_FOLLOW_UPS_137, 8, 0.62, 0.12],
    [OWN_FOLLOW_UPS_138, 8, 0.62, 0.12],
    [OWN_FOLLOW_UPS_139, 6, 1, 0.5],
    [OWN_FOLLOW_UPS_140, 9, 0.77, 0.22],
    [OWN_FOLLOW_UPS_141, 8, 0.87, 0.5],
    [OWN_FOLLOW_UPS_142, 9, 1, 0.33],
    [OWN_FOLLOW_UPS_143, 7, 0.85, -0.15],
    [OWN_FOLLOW_UPS_144, 8, 0.87, 0.37],
    [OWN_FOLLOW_UPS_145, 6, 0.83, 0.66],
    [OWN_FOLLOW_UPS_146, 8, 1, 0.37],
    [OWN_FOLLOW_UPS_147, 8, 0.62, 0.5],
    [OWN_FOLLOW_UPS_148, 8, 0.75, 0.12],
    [OWN_FOLLOW_UPS_149, 6, 0.83, 0.33],
  ])('does not fall below its level on the later follow-up set %s', (file, followUps, level, gain) => {
    const result = evaluateConversations(readConversations(file), askAsTheBotDoes(kb));
    const report = formatConversationEvaluation(result);
    expect(result.followUps, report).toBeGreaterThanOrEqual(followUps);
    expect(result.withContext, report).toBeGreaterThanOrEqual(level);
    expect(result.withContext - result.withoutContext, report).toBeGreaterThanOrEqual(gain);
  });
});

/**
 * Scores a folder of raw articles, imported into a temporary content folder as `npm run import -- <raw> --out <dir>`
 * does (removed once scored), on its questions, with their answer strings for bold@1 when given.
 */
function evaluateRawFolder(
  raw: string,
  questionsFile: string,
  expected: { articles: number; passages?: number; answers?: string },
): Evaluation {
  const dir = importRawFolder(raw);
  try {
    const kb = KnowledgeBase.build(loadContent(dir));
    expect(kb.stats.articles).toBe(expected.articles);
    if (expected.passages !== undefined) expect(kb.stats.passages).toBe(expected.passages);
    const questions = readQuestions(questionsFile);
    return evaluate(expected.answers ? withAnswers(questions, expected.answers) : questions, askAsTheBotDoes(kb));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The other 34 articles of SQuAD v1.1 dev, first scored after the tuning on the 12 (test/data/squad-more/README.md). */
const SQUAD_MORE = join(PROJECT_ROOT, 'test', 'data', 'squad-more');

describe('quality on 34 more SQuAD articles, never tuned on (one content folder)', () => {
  let result: Evaluation;

  beforeAll(() => {
    result = evaluateRawFolder(join(SQUAD_MORE, 'raw'), join(SQUAD_MORE, 'questions.jsonl'), {
      articles: 34,
      answers: join(SQUAD_MORE, 'answers.jsonl'),
    });
  });

  it('does not fall below its level when first scored (0.825 hit@1, 0.913 hit@3, 0.796 bold@1, 0.4% unanswered)', () => {
    const report = formatEvaluation(result, { misses: false });
    expect(result.overall.inScope).toBe(7076);
    expect(result.overall.hit1, report).toBeGreaterThanOrEqual(0.82);
    expect(result.overall.hit3, report).toBeGreaterThanOrEqual(0.91);
    expect(result.overall.bold1, report).toBeGreaterThanOrEqual(0.79);
    expect(result.overall.unanswered / result.overall.inScope, report).toBeLessThanOrEqual(0.005);
    expect(result.overall.debris).toBe(0);
  });
});

describe.skipIf(!existsSync(SQUAD_RAW))('quality on the SQuAD articles (12 articles in one content folder)', () => {
  let result: Evaluation;

  beforeAll(() => {
    result = evaluateRawFolder(SQUAD_RAW, SQUAD_QUESTIONS, {
      articles: 12,
      passages: 496,
      answers: existsSync(SQUAD_ANSWERS) ? SQUAD_ANSWERS : undefined,
    });
  });

  it('puts the right paragraph first for 80% of the questions, in the top 3 for 93%', () => {
    const report = formatEvaluation(result, { misses: false });
    expect(result.overall.inScope).toBe(2945);
    expect(result.overall.hit1, report).toBeGreaterThanOrEqual(0.8);
    expect(result.overall.hit3, report).toBeGreaterThanOrEqual(0.93);
    expect(result.macro?.hit1, report).toBeGreaterThanOrEqual(0.8);
    expect(result.macro?.hit3, report).toBeGreaterThanOrEqual(0.93);
  });

  it('holds the answer in a bold sentence of the right paragraph for 78% (the target)', () => {
    if (result.overall.bold1 === null) return; // The set came without its answer strings.
    expect(result.overall.bold1, formatEvaluation(result, { misses: false })).toBeGreaterThanOrEqual(0.78);
  });

  it('leaves at most 0.5% of the questions unanswered', () => {
    expect(result.overall.unanswered / result.overall.inScope).toBeLessThanOrEqual(0.005);
    expect(result.overall.debris).toBe(0);
  });
});
