// Urgent words: a question that mentions an emergency sign gets, before anything else on the page,
// a notice to call 120. Reading the question online takes hours or days; the notice costs nothing.
//
// The rule we keep: a missed emergency is far worse than a needless notice, so any mention counts,
// including past ones ("以前胸痛过，现在好了" shows the notice: the notice is worded "if this
// happens…" and the question is still stored and answered normally). The one exception is a sign
// that is plainly denied right before it, in the same clause ("没有胸痛", "无呼吸困难"): patients
// often list what they do NOT have, and flagging those would teach staff to ignore the flag.

/**
 * What the matcher compares: NFKC (full-width letters, digits and the ideographic space become
 * their ordinary forms), lower case, and every space, zero-width character and apostrophe removed,
 * so "胸 痛", "胸　痛" and "Chest  Pain" are all found.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b-\u200d\u2060\ufeff'’]/g, '');
}

/** Signs of an emergency, in their normalised (space-free) form. */
export const URGENT_TERMS: readonly string[] = [
  // Breathing
  '呼吸困难', '呼吸急促', '喘不上气', '喘不过气', '透不过气', '上不来气', '喘不动', '无法呼吸', '不能呼吸', '窒息', '憋气',
  // Chest pain
  '胸痛', '胸口痛', '胸口疼', '胸疼', '心口痛', '心口疼', '心绞痛', '胸闷', '胸口闷',
  // Heavy bleeding
  '大出血', '大量出血', '出血不止', '流血不止', '血流不止', '止不住血', '血止不住', '吐血', '呕血', '咯血',
  // Severe allergic reaction
  '过敏性休克', '严重过敏', '喉咙肿', '喉咙发紧', '喉头水肿', '喉咙水肿', '嗓子肿', '舌头肿', '嘴唇肿',
  // Consciousness, stroke, seizures
  '昏迷', '昏厥', '晕厥', '晕倒', '意识不清', '失去意识', '抽搐', '口眼歪斜',
  // Self-harm
  '自杀', '轻生', '不想活',
  // English (the /en form); spaces are removed before matching
  'chestpain', 'difficultybreathing', 'troublebreathing', 'shortnessofbreath', 'cantbreathe', 'cannotbreathe',
  'heavybleeding', 'bleedingheavily', 'wontstopbleeding', 'anaphyla', 'throatswelling', 'swollenthroat', 'tongueswelling',
  'unconscious', 'passedout', 'seizure', 'suicid',
];

// A denial right before the sign, inside the same clause: "没有胸痛", "无明显胸闷", "否认胸痛".
const DENIAL = /(?:没有|没|无|未|否认|no|not|without)(?:明显|任何|出现|发生|感到|感觉|过)?$/;
const CLAUSE_END = /[，。；;！!？?、,.\n]/;

export interface UrgentResult {
  urgent: boolean;
  /** The signs found, in the order of URGENT_TERMS (for staff, never shown to the patient). */
  terms: string[];
}

export function detectUrgent(text: string): UrgentResult {
  const norm = normaliseForMatch(text);
  const terms: string[] = [];
  for (const term of URGENT_TERMS) {
    let from = 0;
    for (let at = norm.indexOf(term, from); at !== -1; at = norm.indexOf(term, from)) {
      from = at + term.length;
      if (!denied(norm, at)) {
        terms.push(term);
        break;
      }
    }
  }
  return { urgent: terms.length > 0, terms };
}

function denied(norm: string, at: number): boolean {
  // Only the text of the same clause, up to 8 characters back, can deny the sign.
  const clause = norm.slice(Math.max(0, at - 8), at).split(CLAUSE_END).pop() ?? '';
  return DENIAL.test(clause);
}
