import type { Feature } from '../platform/feature.js';
import { qaRoutes } from './qa.routes.js';
import { qaStaffRoutes } from './qa.admin.routes.js';
import { questionText } from './questions.i18n.js';
import { questionJobHandlers } from './questions.jobs.js';
import { questionsPersonalData } from './questions.personal-data.js';
import { questionRoutes } from './questions.routes.js';
import { questionStaffRoutes } from './questions.admin.routes.js';

export const questionsFeature: Feature = {
  name: 'questions',
  routes(scope, deps) {
    questionRoutes(scope, deps);
    qaRoutes(scope, deps);
  },
  staffRoutes(scope, deps) {
    questionStaffRoutes(scope, deps);
    qaStaffRoutes(scope, deps);
  },
  staffNav: [
    { href: '/staff/questions', label: { 'zh-CN': '患者提问', en: 'Patient questions' }, permission: 'question.triage', order: 40 },
    { href: '/staff/my-questions', label: { 'zh-CN': '待我回答', en: 'My questions' }, permission: 'question.answer', order: 50 },
    { href: '/staff/qa', label: { 'zh-CN': '公开问答', en: 'Public Q&A' }, permission: 'question.publish', order: 60 },
  ],
  footer: [[{ href: '/questions/ask', label: (locale) => questionText(locale)('q.link.ask') }]],
  islands: { 'questions-urgent': 'questions/questions-urgent.island.ts' },
  jobs: questionJobHandlers,
  personalData: [questionsPersonalData],
};
