// A patient's mobile number is how booking, questions and the data-rights pages recognise the same
// person, so all of them must agree on one normal form.

/** 138 1234 5678, +86 138-1234-5678 and 0086… all mean 13812345678; anything else is not a mainland mobile number. */
export function normaliseMobile(raw: string): string | null {
  let m = raw.replace(/[\s\-()（）]/g, '');
  m = m.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(m) ? m : null;
}
