import type { DemoCategory } from './types.js';

export const categories: DemoCategory[] = [
  {
    slug: 'treatment-technology',
    name: '治疗技术',
    nameEn: 'Treatments and techniques',
    description: '光疗、外用药物、微针与表皮移植等白癜风常见治疗方式的原理、过程与注意事项。',
  },
  {
    slug: 'condition-basics',
    name: '疾病知识',
    nameEn: 'About the condition',
    description: '白癜风是什么、黑色素细胞、病因与诱发因素、分型与分期等基础知识。',
  },
  {
    slug: 'skin-care',
    name: '护理与生活',
    nameEn: 'Skin care and daily life',
    description: '防晒、饮食、季节护理、遮盖化妆、儿童护理与心理支持等日常生活建议。',
  },
  {
    slug: 'diagnosis',
    name: '检查与诊断',
    nameEn: 'Tests and diagnosis',
    description: '伍德灯、皮肤镜、甲状腺相关检查、白斑鉴别以及复诊随访的要点。',
  },
];
