import { synonyms as demoSynonyms } from '../../src/demo/data/synonyms.js';
import { buildSynonyms, buildVocabulary, clinicVocabulary, type DfLookup } from '../../src/search/query.js';
import { normalize, questionForm, queryTerms } from '../../src/search/segment.js';

// What the unit tests of the search batches share: a document-frequency look-up over fixed counts,
// the terms of a plan, the terms a typed query is cut into, and where a demo synonym leads.

/** A DfLookup that says each term is held by `counts[term]` documents (0 when unlisted). */
export const heldOf =
  (counts: Record<string, number>): DfLookup =>
  async (terms) =>
    new Map(terms.map((t) => [t, counts[t] ?? 0]));

/** Every alternative term of a query plan, slot after slot. */
export const planTerms = (p: { slots: { alts: { term: string }[] }[] }): string[] => p.slots.flatMap((s) => s.alts.map((a) => a.term));

const demoMap = buildSynonyms(demoSynonyms);

/**
 * The synonyms and the vocabulary a site with the demo seed has: the clinic dictionary and every synonym key and target
 * (as `lexicon` builds it), for planQuery in unit tests.
 */
export const demoLexicon = {
  synonyms: demoMap,
  vocab: buildVocabulary(new Map([...clinicVocabulary(), ...demoSynonyms.flatMap((r) => [r.term, r.target]).map((w) => [normalize(w), 3000] as [string, number])])),
};
/** The targets the demo seed gives a synonym key (as typed into the query, words spaced as cut). */
export const demoTargets = (key: string): string[] => demoMap.get(key) ?? [];

/** The terms a typed query is cut into before any correction: normalised, read as a statement, cut. */
export const typedTerms = (q: string): string[] => queryTerms(questionForm(normalize(q)));
