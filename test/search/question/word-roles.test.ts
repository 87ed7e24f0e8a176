import { describe, expect, it } from 'vitest';
import { wordRoles } from '../../../src/search/question/word-roles.js';
import { foldCase, tokenize } from '../../../src/search/text/text.js';

const roles = (question: string, start = 0) =>
  wordRoles(
    tokenize(question).map((t) => foldCase(t.word)),
    start,
  );

describe('wordRoles: where the words that decide what a question asks stand', () => {
  it('reads a yes/no question and its tag alternative', () => {
    expect(roles('does coffee cause osteoporosis')).toEqual({ polar: true, claim: true });
    expect(roles('what is osteocalcin').polar).toBe(false);
    // Opening with "is" or "has", it need not claim what a verb does.
    expect(roles('is there proof that works')).toEqual({ polar: true, existsAt: 2 });
    expect(roles('can exercise cure osteoporosis').claim).toBe(true);
    // Opening with a form of "be" (not "is there"), it asks what its subject is.
    expect(roles('are the drugs safe')).toEqual({ polar: true, describes: true });
    expect(roles('was it peer reviewed').describes).toBe(true);
    expect(roles('has it been tested').describes).toBeUndefined();
    expect(roles('can sadness weaken your bones or is that a myth').tagAt).toBe(5);
  });

  it('reads the one verb of effect, and whether it is a passive with "by"', () => {
    expect(roles('does bone health affect the brain').effectAt).toBe(3);
    expect(roles('is the brain affected by bones')).toMatchObject({ effectAt: 3, effectPassive: true });
    expect(roles('is the brain affected')).not.toHaveProperty('effectPassive');
    // Two verbs of effect say no one way.
    expect(roles('how does depression affect bones and bones affecting mood').effectAt).toBeUndefined();
  });

  it('reads the closing "from/in/by/at X" of a yes/no question, where the content may name another X', () => {
    expect(roles('are the authors from America').source).toEqual({ at: 3, preposition: 'from' });
    expect(roles('was it published in the journal Nature').source).toEqual({ at: 3, preposition: 'in' });
    expect(roles('where are the authors from').source).toBeUndefined();
    expect(roles('is it from a study by researchers in China who worked on mice').source).toBeUndefined();
  });

  it('reads the thing "is there a X" asks for: the last noun of its compound, not "one"', () => {
    expect(roles('is there a test for osteocalcin').existsAt).toBe(3);
    expect(roles('are there any blood tests for it').existsAt).toBe(4);
    expect(roles('is there one').existsAt).toBeUndefined();
    expect(roles('is there anything about sleep').existsAt).toBeUndefined();
    expect(roles('is it a test').existsAt).toBeUndefined();
  });

  it('reads the subject of "how does X" and the verb of "how do you X"', () => {
    expect(roles('how does alcohol affect bones')).toMatchObject({ subjectAt: 2 });
    expect(roles('how do you measure osteocalcin')).toMatchObject({ verbAt: 3 });
    expect(roles('how do you measure osteocalcin').subjectAt).toBeUndefined();
    // After the words a question opens with.
    expect(roles('ok so how does alcohol affect bones', 2)).toMatchObject({ subjectAt: 4 });
    // Asked indirectly after an instruction, with no auxiliary; a degree asked ("how much") has no subject.
    expect(roles('explain how antidepressants affect bone density')).toMatchObject({ subjectAt: 2 });
    expect(roles('tell me why the drugs work')).toMatchObject({ subjectAt: 4 });
    expect(roles('explain how much exercise helps').subjectAt).toBeUndefined();
    // Opening the question so, a subject before a verb of effect; not another verb ("how antidepressants work").
    expect(roles('how antidepressants affect bones')).toMatchObject({ subjectAt: 1 });
    expect(roles('how antidepressants work').subjectAt).toBeUndefined();
    expect(roles('explain how sleep affects bones')).toMatchObject({ subjectAt: 2 });
  });

  it('reads where the condition that picks a group of people starts', () => {
    expect(roles('what does this mean for people with arthritis').groupConditionAt).toBe(7);
    expect(roles('is it bad for those who have a heart condition').groupConditionAt).toBe(8);
    expect(roles('what about patients suffering from lupus').groupConditionAt).toBe(5);
    // A drug they take picks them too.
    expect(roles('what does this mean for people on antidepressants').groupConditionAt).toBe(7);
    expect(roles('does exercise help people taking antidepressants').groupConditionAt).toBe(5);
    expect(roles('can you help people').groupConditionAt).toBeUndefined();
    expect(roles('people say it works with exercise').groupConditionAt).toBeUndefined();
  });

  it('reads the participle of a question in the passive', () => {
    expect(roles('can osteoporosis be reversed').verbAt).toBe(3);
    expect(roles('how is osteoporosis diagnosed').verbAt).toBe(3);
    // "What" as the subject: the verb after it; not after "who", which asks for the doer.
    expect(roles('what surprised the researchers').verbAt).toBe(1);
    expect(roles('who registered the most sacks').verbAt).toBeUndefined();
    expect(roles('how is osteoporosis different').verbAt).toBeUndefined();
    expect(roles('is osteoporosis reversible').verbAt).toBeUndefined();
    // Before a phrase that says where or how, right after the subject.
    expect(roles('how is osteocalcin measured in the blood').verbAt).toBe(3);
    expect(roles('how is bone mass measured in the clinic').verbAt).toBe(4);
    expect(roles('how was temujin kept imprisoned by them').verbAt).toBeUndefined();
  });

  it('reads a closing time or place, not a phrase that places the question in general', () => {
    expect(roles('is cortisol released at night').settingAt).toBe(4);
    expect(roles('how do you treat osteoporosis at home').settingAt).toBe(6);
    expect(roles('is depression common in the elderly').settingAt).toBe(5);
    expect(roles('do bones make you smarter as a kid').settingAt).toBe(7);
    expect(roles('how was the brain viewed in the past').settingAt).toBeUndefined();
    expect(roles('does it happen at all').settingAt).toBeUndefined();
    // "At a minimum" says how much, not where (SQuAD: "what must a public school teacher have, at a minimum?").
    expect(roles('what must a teacher have at a minimum').settingAt).toBeUndefined();
    // Nor "in euros", the unit of the answer.
    expect(roles('what is the basic pay for a teacher in euros').settingAt).toBeUndefined();
  });

  it('reads the two things of "between X and Y", by their last words', () => {
    expect(roles('what is the link between osteoporosis and dementia').betweenAt).toEqual([5, 7]);
    expect(roles('is there a link between bone loss and blood sugar in women').betweenAt).toEqual([6, 9]);
    expect(roles('what links depression and osteoporosis').betweenAt).toBeUndefined();
  });

  it("reads a claim's verb as the word before a determiner, not a way the text or its authors say something", () => {
    // "does the blood brain barrier BLOCK most drugs": "block" is no noun of the subject's compound.
    expect(roles('does the blood brain barrier block most drugs').claimVerbAt).toBe(5);
    expect(roles('do the authors admit any limitations').claimVerbAt).toBeUndefined();
    expect(roles('what does cortisol do to the bones').claimVerbAt).toBeUndefined();
  });

  it('reads the two sides of a choice, but not a tag alternative', () => {
    expect(roles('are men or women more likely to get osteoporosis').choiceAt).toEqual([1, 3]);
    // The other side is past a filler: "a hormone or A protein".
    expect(roles('is osteocalcin a hormone or a protein').choiceAt).toEqual([3, 6]);
    expect(roles('is it real or not').choiceAt).toBeUndefined();
    expect(roles('was it in nature or biomolecules or cell').choiceAt).toEqual([3, 5, 7]);
    expect(roles('does this affect older people more').pronounClaimVerbAt).toBe(2);
    expect(roles('does that mean depression is genetic').pronounClaimVerbAt).toBeUndefined();
    // A compound's last noun names its side: "bone SPECIALISTS", but not "exercise ACTUALLY useful".
    expect(roles('are the authors neurologists or bone specialists').choiceAt).toEqual([3, 6]);
    expect(roles('is walking or exercise actually useful').choiceAt).toEqual([1, 3]);
    // Two words that qualify one noun are the sides: "OLDER or YOUNGER people".
    expect(roles('is it more common in older or younger people').choiceAt).toEqual([5, 7]);
  });

  it('reads a comparison with "than"', () => {
    expect(roles('is exercise better than drugs for osteoporosis').comparesThan).toBe(true);
    expect(roles('is exercise better for osteoporosis').comparesThan).toBeUndefined();
    expect(roles('which is worse for bones, stress or inflammation').comparedFor).toBe(true);
    expect(roles('which is worse, depression or osteoporosis').comparedFor).toBeUndefined();
  });

  it('reads a choice that ranks its sides', () => {
    expect(roles('which is more common in the elderly, dementia or depression').ranksChoice).toBe(true);
    expect(roles('are the authors neurologists or psychiatrists').ranksChoice).toBeUndefined();
    // "X vs Y" sets the two against each other: a choice that ranks them.
    expect(roles('ssris vs exercise for bone health')).toMatchObject({ choiceAt: [0, 2], ranksChoice: true });
    expect(roles('is the brain more like a fixed machine or something that changes').ranksChoice).toBeUndefined();
  });

  it('reads a request ("can you list", "can I quote") as claiming nothing of its subject', () => {
    expect(roles('can i quote the authors on the current evidence')).toMatchObject({ polar: true });
    expect(roles('can i quote the authors on the current evidence').claim).toBeUndefined();
    expect(roles('can you please list the treatments').claim).toBeUndefined();
    expect(roles('can you get osteoporosis from depression').claim).toBe(true);
  });
});
