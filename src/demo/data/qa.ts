// Demo questions from fictional patients, answered by the demo doctors, each with the patient's
// publication consent and an editor's de-identified public version. Original text; the private
// question differs from the public one the way an editor's work would (details taken out).

export interface DemoQa {
  categorySlug: string;
  doctorSlug: string;
  askedDaysAgo: number;
  answeredDaysAgo: number;
  publishedDaysAgo: number;
  ageRange: string;
  sex: 'female' | 'male';
  /** What the patient wrote (kept encrypted, like every question). */
  asked: string;
  title: string;
  questionPublic: string;
  answerPublic: string;
}

export const demoQa: DemoQa[] = [
  {
    categorySlug: 'condition-basics',
    doctorSlug: 'lin-qingyuan',
    askedDaysAgo: 40,
    answeredDaysAgo: 39,
    publishedDaysAgo: 37,
    ageRange: '30-44',
    sex: 'female',
    asked: '我今年三十五岁，在单位体检时同事说我手背上有一小块发白，不痛不痒，大概有半年了。会传染给家里的孩子吗？',
    title: '手背上一小块发白，会传染给孩子吗？',
    questionPublic: '手背上有一小块皮肤发白，没有其他不适，大约半年了。会传染给家里的孩子吗？',
    answerPublic:
      '您好。白癜风不是传染病，日常接触、共用毛巾或一起吃饭都不会传给孩子。不过，手背发白的原因不止一种，白色糠疹、花斑糠疹等也会表现为浅色斑，建议到皮肤科面诊，医生会用伍德灯检查并结合病史判断。确诊之前不必过度担心，也不要自行涂抹来源不明的药膏。',
  },
  {
    categorySlug: 'treatment-technology',
    doctorSlug: 'su-jinghe',
    askedDaysAgo: 25,
    answeredDaysAgo: 24,
    publishedDaysAgo: 22,
    ageRange: '18-29',
    sex: 'male',
    asked: '我在做窄谱中波紫外线光疗，每周两次，已经做了一个月，白斑边缘有点发红，还要继续做吗？',
    title: '光疗一个月后白斑边缘发红，还能继续吗？',
    questionPublic: '正在做窄谱中波紫外线（NB-UVB）光疗，每周两次，做了一个月，白斑边缘有些发红。还能继续做吗？',
    answerPublic:
      '您好。光疗后出现轻度发红、第二天能消退，多数属于正常反应；如果发红持续超过两天、出现疼痛、水疱或脱皮，说明照射剂量可能偏大，应暂停并尽快告诉为您治疗的医生，由医生调整剂量。光疗起效通常需要较长时间，请按医嘱坚持复诊，照射后注意防晒，不要自行增加次数或时间。',
  },
  {
    categorySlug: 'skin-care',
    doctorSlug: 'shen-shutong',
    askedDaysAgo: 12,
    answeredDaysAgo: 11,
    publishedDaysAgo: 9,
    ageRange: '45-59',
    sex: 'female',
    asked: '脸上有白斑，夏天出门要不要涂防晒霜？我担心防晒霜刺激皮肤，会不会让白斑变大？',
    title: '脸上有白斑，夏天要不要涂防晒霜？',
    questionPublic: '脸上有白斑，夏天出门要不要涂防晒霜？会不会刺激皮肤、让白斑变大？',
    answerPublic:
      '您好。白斑处缺少黑色素，更容易晒伤，而晒伤本身可能诱发新的皮损，所以户外活动时建议做好防晒。可以优先选择帽子、伞等物理遮挡，防晒霜选成分简单、标注适合敏感肌的产品，先在耳后小面积试用，没有不适再用于面部。若涂抹后出现明显刺痛或红疹，请停用并到门诊请医生评估。',
  },
];
