// The labelled development and holdout sentences of the compliance corpus, with the batch each
// was written in (a batch starts at each block of `#` comment lines after data; holdout batches are
// named by their last `# Batch X` line). The learned second opinion is trained on these and
// cross-validated batch by batch (scripts/cv-compliance.ts); never on the test part.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, type CorpusRow } from '../src/compliance/eval.js';
import type { LabelledText } from '../src/compliance/model.js';

export const FIXTURES = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), 'test', 'fixtures', 'compliance');
export const DEV_FILES = ['corpus.tsv', 'corpus-dev-holdout.tsv'] as const;

export interface BatchRow extends CorpusRow {
  batch: string;
  /** Who wrote the batch: the development part's first author(s), or a helper (authorOf). */
  author: string;
}

function batchesOf(file: string, prefix: string): Map<number, string> {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const byLine = new Map<number, string>();
  let n = 0;
  let name = `${prefix}0`;
  let inComments = false;
  let named: string | undefined;
  lines.forEach((raw, i) => {
    if (raw.startsWith('#')) {
      if (!inComments) {
        inComments = true;
        named = undefined;
        n++;
      }
      // One letter, then two (Z is followed by AA).
      const m = /^# Batch ([A-Z]{1,2})\b/.exec(raw);
      if (m) named = m[1];
      // The holdout's first block describes batch A without a line of its own.
      name = named ?? (prefix === 'holdout' && n === 1 ? 'A' : `${prefix}${n}`);
    } else if (raw.trim()) {
      inComments = false;
      byLine.set(i + 1, name);
    }
  });
  return byLine;
}

/** The holdout's batches by their author (helpers named for their task); the rest are rules3's. */
const HOLDOUT_AUTHORS: Record<string, string> = {
  A: 'rules2',
  B: 'rules2',
  H: 'cmpml',
  I: 'cmp2',
  J: 'cmp3',
  K: 'cmp4',
  L: 'cmp5',
  M: 'cmp6',
  N: 'cmp7',
  O: 'cmp8',
  P: 'cmp9',
  Q: 'cmp10',
  R: 'cmp11',
  T: 'cmp13',
  S: 'cmp12',
  U: 'cmp14',
  V: 'cmp15',
  X: 'cmp17',
  W: 'cmp16',
  Z: 'cmp19',
  Y: 'cmp18',
  AA: 'cmp20',
  AC: 'cmp22',
  AB: 'cmp21',
  AD: 'cmp23',
  AF: 'cmp25',
  AE: 'cmp24',
  AJ: 'cmp32',
  AL: 'cmp34',
  AN: 'cmp36',
  AI: 'cmp31',
  AH: 'cmp30',
  AG: 'cmp29',
  AK: 'cmp33',
  AM: 'cmp35',
  AO: 'cmp37',
  AP: 'cmp38',
  AR: 'cmp40',
  AQ: 'cmp39',
  AS: 'cmp41',
  AU: 'cmp43',
  AT: 'cmp42',
  AW: 'cmp45',
  AV: 'cmp44',
  AY: 'cmp47',
  AX: 'cmp46',
  AZ: 'cmp48',
  BA: 'cmp49',
  BC: 'cmp51',
  BB: 'cmp50',
  BD: 'cmp52',
  BF: 'cmp54',
  BE: 'cmp53',
  BG: 'cmp55',
  BH: 'cmp56',
  BI: 'cmp57',
  BJ: 'cmp58',
  BK: 'cmp59',
  BL: 'cmp60',
  BN: 'cmp62',
  BM: 'cmp61',
  BO: 'cmp63',
  BP: 'cmp64',
  BS: 'cmp67',
  BQ: 'cmp65',
  BR: 'cmp66',
  BU: 'cmp69',
  BT: 'cmp68',
  BW: 'cmp71',
  BV: 'cmp70',
  BX: 'cmp72',
  BY: 'cmp73',
  BZ: 'cmp74',
  CA: 'cmp75',
  CC: 'cmp77',
  CB: 'cmp76',
  CD: 'cmp78',
  CE: 'cmp79',
  CF: 'cmp80',
  CG: 'cmp81',
  CH: 'cmp82',
  CI: 'cmp83',
  CJ: 'cmp84',
  CL: 'cmp86',
  CK: 'cmp85',
  CM: 'cmp87',
  CP: 'cmp90',
  CO: 'cmp89',
  CN: 'cmp88',
  CQ: 'cmp91',
  CR: 'cmp92',
  CS: 'cmp93',
  CT: 'cmp94',
  CU: 'cmp95',
  CV: 'cmp96',
  CW: 'cmp97',
  CX: 'cmp98',
  CY: 'cmp99',
  CZ: 'cmp100',
  DA: 'cmp101',
  DB: 'cmp102',
  DC: 'cmp103',
  DD: 'cmp104',
  DF: 'cmp106',
  DG: 'cmp107',
  DE: 'cmp105',
  DI: 'cmp109',
  DJ: 'cmp110',
  DH: 'cmp108',
  DK: 'cmp111',
  DL: 'cmp112',
  DM: 'cmp113',
  DN: 'cmp114',
  DO: 'cmp115',
  DP: 'cmp116',
  DS: 'cmp119',
  DQ: 'cmp117',
  DR: 'cmp118',
  DT: 'cmp120',
  DU: 'cmp121',
  DV: 'cmp122',
  DW: 'cmp123',
  DX: 'cmp124',
  DY: 'cmp125',
  DZ: 'cmp126',
  EA: 'cmp127',
  EB: 'cmp128',
  EC: 'cmp129',
  ED: 'cmp130',
  EE: 'cmp131',
  EF: 'cmp132',
  EG: 'cmp133',
  EH: 'cmp134',
  EI: 'cmp135',
  EJ: 'cmp136',
  EK: 'cmp137',
  EL: 'cmp138',
  EM: 'cmp139',
  EN: 'cmp140',
  EO: 'cmp141',
  EP: 'cmp142',
  EQ: 'cmp143',
  ER: 'cmp144',
  ES: 'cmp145',
  ET: 'cmp146',
  EU: 'cmp147',
  EW: 'cmp149',
  EV: 'cmp148',
  EX: 'cmp150',
  EY: 'cmp151',
  EZ: 'cmp152',
  FA: 'cmp153',
  FC: 'cmp155',
  FB: 'cmp154',
  FE: 'cmp157',
  FD: 'cmp156',
  FF: 'cmp158',
  FG: 'cmp159',
  FH: 'cmp160',
  FI: 'cmp161',
  FJ: 'cmp162',
  FK: 'cmp163',
  FM: 'cmp165',
  FL: 'cmp164',
  FN: 'cmp166',
  FO: 'cmp167',
  FQ: 'cmp169',
  FP: 'cmp168',
  FR: 'cmp170',
  FS: 'cmp171',
  FT: 'cmp172',
  FU: 'cmp173',
  FV: 'cmp174',
  FW: 'cmp175',
  FX: 'cmp176',
  FY: 'cmp177',
  FZ: 'cmp178',
  GA: 'cmp179',
  GC: 'cmp181',
  GB: 'cmp180',
  GD: 'cmp182',
  GE: 'cmp183',
  GF: 'cmp184',
  GG: 'cmp185',
  GH: 'cmp186',
  GI: 'cmp187',
  GJ: 'cmp188',
  GK: 'cmp189',
  GL: 'cmp190',
  GM: 'cmp191',
  GO: 'cmp193',
  GN: 'cmp192',
  GQ: 'cmp195',
  GP: 'cmp194',
  GS: 'cmp197',
  GR: 'cmp196',
  GU: 'cmp199',
  GT: 'cmp198',
  GV: 'cmp200',
  GW: 'cmp201',
  GY: 'cmp203',
  HA: 'cmp205',
  GZ: 'cmp204',
  GX: 'cmp202',
  HC: 'cmp207',
  HB: 'cmp206',
  HE: 'cmp209',
  HD: 'cmp208',
  HF: 'cmp210',
  HG: 'cmp211',
  HI: 'cmp213',
  HH: 'cmp212',
  HK: 'cmp215',
  HJ: 'cmp214',
  HL: 'cmp216',
  HM: 'cmp217',
  HN: 'cmp218',
  HO: 'cmp219',
  HP: 'cmp220',
  HQ: 'cmp221',
  HR: 'cmp222',
  HS: 'cmp223',
  HT: 'cmp224',
  HU: 'cmp225',
  HV: 'cmp226',
  HW: 'cmp227',
  HX: 'cmp228',
  HY: 'cmp229',
  IA: 'cmp231',
  HZ: 'cmp230',
  IB: 'cmp232',
  IC: 'cmp233',
  ID: 'cmp234',
  IE: 'cmp235',
  IG: 'cmp237',
  IF: 'cmp236',
  II: 'cmp239',
  IH: 'cmp238',
  IK: 'cmp241',
  IJ: 'cmp240',
  IM: 'cmp243',
  IL: 'cmp242',
  IO: 'cmp245',
  IN: 'cmp244',
  IP: 'cmp246',
  IQ: 'cmp247',
  IR: 'cmp248',
  IS: 'cmp249',
  IT: 'cmp250',
  IU: 'cmp251',
  IV: 'cmp252',
  IW: 'cmp253',
  IX: 'cmp254',
  IY: 'cmp255',
  IZ: 'cmp256',
  JA: 'cmp257',
  JB: 'cmp258',
  JC: 'cmp259',
};

export function authorOf(file: string, batch: string): string {
  if (file === 'corpus.tsv') return batch === 'dev10' ? 'rules2' : 'dev';
  return HOLDOUT_AUTHORS[batch] ?? 'rules3';
}

export function labelledBatches(): BatchRow[] {
  const out: BatchRow[] = [];
  for (const name of DEV_FILES) {
    const file = path.join(FIXTURES, name);
    const batches = batchesOf(file, name === 'corpus.tsv' ? 'dev' : 'holdout');
    for (const row of readCorpus(file)) {
      const batch = batches.get(row.line)!;
      out.push({ ...row, batch, author: authorOf(name, batch) });
    }
  }
  return out;
}

/**
 * The demo site's own text (articles, every field; the public Q&A's questions and answers), one
 * sentence a row, as known-innocent neighbours: clinic-page explanations, headings and table rows
 * that the model's nearest-neighbour veto should recognise as harmless. Not trained on by the gate,
 * never a fold of the cross-validation.
 */
export async function siteSentences(): Promise<LabelledText[]> {
  const { articles } = await import('../src/demo/data/articles/index.js');
  const { demoQa } = await import('../src/demo/data/qa.js');
  const { articleFields } = await import('../src/content/compliance-article.js');
  const texts = [...articles.flatMap((a) => articleFields(a).map((f) => f.text)), ...demoQa.flatMap((q) => [q.title, q.questionPublic, q.answerPublic])];
  const out: LabelledText[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const s of text.split(/[。！？!?；;\n]+/)) {
      const t = s.trim();
      if ((t.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 6 || seen.has(t)) continue;
      seen.add(t);
      out.push({ label: 'ok', expect: ['site'], text: t });
    }
  }
  return out;
}
