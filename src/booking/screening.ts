import type { Locale } from '../web/i18n.js';

// Pre-visit screening: each service a session offers may ask questions whose "yes" rules the
// service out for now. The questions are medical content: keep them short, plain and kind.

export interface ScreeningQuestion {
  id: string;
  text: Record<Locale, string>;
  /** How a "yes" is named when the page explains why the service is not suitable now. */
  short: Record<Locale, string>;
}

export interface Service {
  key: string;
  name: Record<Locale, string>;
  questions: ScreeningQuestion[];
}

const q = (id: string, zh: string, en: string, shortZh: string, shortEn: string): ScreeningQuestion => ({
  id,
  text: { 'zh-CN': zh, en },
  short: { 'zh-CN': shortZh, en: shortEn },
});

export const SERVICES: Record<string, Service> = {
  consultation: { key: 'consultation', name: { 'zh-CN': '门诊看诊', en: 'consultation' }, questions: [] },
  microneedling: {
    key: 'microneedling',
    name: { 'zh-CN': '微针治疗', en: 'microneedling' },
    questions: [
      q('pregnancy', '您现在是否怀孕、可能怀孕，或正在哺乳？', 'Are you pregnant, possibly pregnant, or breastfeeding?', '怀孕或哺乳', 'pregnancy or breastfeeding'),
      q('metal_allergy', '您是否对金属（如镍、不锈钢）过敏？', 'Are you allergic to metals such as nickel or stainless steel?', '金属过敏', 'a metal allergy'),
      q('skin_infection', '要治疗的部位现在是否有感染、破损、疱疹或正在发炎？', 'Does the skin to be treated have an infection, broken skin, cold sores or inflammation now?', '治疗部位皮肤感染或破损', 'an infection or broken skin where you would be treated'),
      q('diabetes_heart', '您是否患有糖尿病或心脏病？', 'Do you have diabetes or heart disease?', '糖尿病或心脏病', 'diabetes or heart disease'),
    ],
  },
  phototherapy: {
    key: 'phototherapy',
    name: { 'zh-CN': '光疗', en: 'phototherapy' },
    questions: [
      q('photosensitive', '您是否对光过敏，或正在服用会让皮肤对光敏感的药物？', 'Are you sensitive to light, or taking medicine that makes your skin sensitive to light?', '对光敏感或服用光敏药物', 'light sensitivity or light-sensitising medicine'),
      q('skin_cancer', '您是否患过皮肤癌？', 'Have you ever had skin cancer?', '皮肤癌病史', 'a history of skin cancer'),
    ],
  },
};

export function serviceOf(key: string): Service {
  return SERVICES[key] ?? SERVICES.consultation!;
}

export type ScreeningAnswers = Record<string, 'yes' | 'no'>;

/** Which questions are unanswered, and which answers rule the service out. */
export function evaluateScreening(service: Service, answers: Record<string, unknown>): { answers: ScreeningAnswers; missing: string[]; ruledOut: ScreeningQuestion[] } {
  const out: ScreeningAnswers = {};
  const missing: string[] = [];
  const ruledOut: ScreeningQuestion[] = [];
  for (const question of service.questions) {
    const a = answers[question.id];
    if (a === 'yes' || a === 'no') out[question.id] = a;
    else missing.push(question.id);
    if (a === 'yes') ruledOut.push(question);
  }
  return { answers: out, missing, ruledOut };
}
