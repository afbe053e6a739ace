import type { Locale } from '../web/i18n.js';

// The public Q&A pages' words (zh-CN first, English UI under /en). The questions and answers
// themselves are Chinese and are not translated, like articles.

const zh = {
  'qa.title': '患者问答',
  'qa.lead': '患者提出、本院医生回答的问题。公开前已删去能识别患者的信息，并经患者同意。',
  'qa.all': '全部',
  'qa.empty': '这里还没有公开的问答。',
  'qa.question': '问题',
  'qa.answer': '医生回答',
  'qa.answeredBy': '回答医生',
  'qa.published': '发布',
  'qa.disclaimer': '以上回答针对提问者描述的情况，仅供健康科普参考，不能替代医生面诊；每个人的病情不同，如有不适请及时就医。',
  'qa.related': '相关问答',
  'qa.more': '更多问答',
  'qa.ask': '我也要提问',
  'qa.categoryLabel': '按分类查看问答',
} as const;

export type QaKey = keyof typeof zh;

const en: Record<QaKey, string> = {
  'qa.title': 'Patient Q&A',
  'qa.lead': 'Questions from patients, answered by our doctors. Published with the patient’s consent, with anything that could identify them removed.',
  'qa.all': 'All',
  'qa.empty': 'No questions have been published here yet.',
  'qa.question': 'Question',
  'qa.answer': 'Doctor’s answer',
  'qa.answeredBy': 'Answered by',
  'qa.published': 'Published',
  'qa.disclaimer': 'This answer is about the situation the patient described. It is general health information and no substitute for seeing a doctor; if you feel unwell, please seek care.',
  'qa.related': 'Related Q&A',
  'qa.more': 'More Q&A',
  'qa.ask': 'Ask a question',
  'qa.categoryLabel': 'Q&A by category',
};

const dictionaries: Record<Locale, Record<QaKey, string>> = { 'zh-CN': zh, en };

export function qaText(locale: Locale): (key: QaKey, params?: Record<string, string | number>) => string {
  const dict = dictionaries[locale];
  return (key, params) => (params ? dict[key].replace(/\{(\w+)\}/g, (m, n: string) => (n in params ? String(params[n]) : m)) : dict[key]);
}
