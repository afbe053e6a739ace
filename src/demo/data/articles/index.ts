import type { DemoArticle } from '../types.js';
import { basicsArticles } from './basics.js';
import { careArticles } from './care.js';
import { diagnosisArticles } from './diagnosis.js';
import { treatmentArticles } from './treatment.js';

export const articles: DemoArticle[] = [
  ...treatmentArticles,
  ...basicsArticles,
  ...careArticles,
  ...diagnosisArticles,
];
