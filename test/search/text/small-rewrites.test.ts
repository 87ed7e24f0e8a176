import { describe, expect, it } from 'vitest';
import { smallRewrites } from '../../../src/search/text/small-rewrites.js';

const none = () => false;

describe('smallRewrites', () => {
  it('reads each small everyday phrasing as what it asks', () => {
    expect(smallRewrites('what are the early signs of osteoporosis?', none)).toBe(
      'what are the symptoms of osteoporosis?',
    );
    expect(smallRewrites('is it a brand new idea', none)).toBe('is it a new idea');
    expect(smallRewrites('who is most at risk, according to the piece?', none)).toBe(
      'who is most at risk, according to the article?',
    );
    // The text's argument, closing the question, is the article; not when the content speaks of one.
    expect(smallRewrites('what is the weakest part of the argument?', none)).toBe(
      'what is the weakest part of the article?',
    );
    expect(smallRewrites('any holes in their reasoning?', none)).toBe('any holes in the article?');
    expect(smallRewrites('what was the argument of the defence?', none)).toBe('what was the argument of the defence?');
    expect(smallRewrites('who lost the case?', none)).toBe('who lost the case?');
    // "The number of X" asks how many X (it had been read as a definition of "number").
    expect(smallRewrites('what is the total number of authors?', none)).toBe('how many authors?');
    expect(smallRewrites('number of authors?', none)).toBe('how many authors?');
    expect(smallRewrites('does the number of fractures rise?', none)).toBe('does the number of fractures rise?');
    // "Be supposed to" is "should" ("what are doctors?" had been read as a definition).
    expect(smallRewrites('what are doctors supposed to do differently now', none)).toBe(
      'what should doctors do differently now',
    );
    expect(smallRewrites('how am I supposed to know?', none)).toBe('how should I know?');
    expect(smallRewrites('is that supposed to happen?', none)).toBe('is that supposed to happen?');
    // A noun, then "most" and what is said of it: which of them is so.
    expect(smallRewrites('age group most affected?', none)).toBe('which age group is most affected?');
    expect(smallRewrites('people most at risk', none)).toBe('which people are most at risk?');
    expect(smallRewrites('who is most affected?', none)).toBe('who is most affected?');
    expect(smallRewrites('it is most common', none)).toBe('it is most common');
    // "They" who recommend, with no one named before: the authors.
    expect(smallRewrites('what do they recommend?', none)).toBe('what do the authors recommend?');
    expect(smallRewrites('what treatments do they suggest?', none)).toBe('what treatments do the authors suggest?');
    expect(smallRewrites('do they live longer?', none)).toBe('do they live longer?');
    // Where the authors work, asked as their affiliations or institutions; not a party's "political affiliation".
    expect(smallRewrites("authors' affiliations?", none)).toBe('where do the authors work?');
    expect(smallRewrites('what are the institutions of the researchers?', none)).toBe('where do the researchers work?');
    expect(smallRewrites('what are their affiliations', none)).toBe('where do they work');
    expect(smallRewrites("What was Tesla's political affiliation?", none)).toBe(
      "What was Tesla's political affiliation?",
    );
    expect(smallRewrites('what is the weakest part of the argument?', (stem) => stem === 'argument')).toBe(
      'what is the weakest part of the argument?',
    );
    expect(smallRewrites('who wrote it pls help', none)).toBe('who wrote it?');
    expect(smallRewrites('what % of old ppl have it', none)).toBe('what percent of old ppl have it');
    expect(smallRewrites('is it 30% of people?', none)).toBe('is it 30% of people?');
    // A thing named, then "what is it?" of it; not a clause ("my mum has it, what is it?").
    expect(smallRewrites('the bone-brain axis - what is it?', none)).toBe('what is the bone-brain axis?');
    expect(smallRewrites('osteocalcin, what is it exactly?', none)).toBe('what is osteocalcin exactly?');
    expect(smallRewrites('my mum has it, what is it?', none)).toBe('my mum has it, what is it?');
    expect(smallRewrites('my mum is depressed, is that why her bones are weak?', none)).toBe(
      'my mum is depressed, why her bones are weak?',
    );
    // "Is that the reason" asks why too, with words after it; closing the question, it only points back.
    expect(smallRewrites('is that the reason doctors should look at both together?', none)).toBe(
      'why doctors should look at both together?',
    );
    expect(smallRewrites('could this be the main reason that bones thin?', none)).toBe('why bones thin?');
    expect(smallRewrites('my mum is depressed, is that the reason?', none)).toBe(
      'my mum is depressed, is that the reason?',
    );
    // A wh-question closed by "again": the asker has forgotten; a yes/no question's "again" asks whether once more.
    expect(smallRewrites("what's the hormone called again?", none)).toBe("what's the hormone called?");
    expect(smallRewrites('who wrote it, again?', none)).toBe('who wrote it?');
    expect(smallRewrites('Thanks. Who were the authors again?', none)).toBe('Thanks. Who were the authors?');
    expect(smallRewrites('will it happen again?', none)).toBe('will it happen again?');
    // A negative question asks what the positive one asks.
    expect(smallRewrites("aren't the authors from Harvard?", none)).toBe('are the authors from Harvard?');
    expect(smallRewrites('so doesnt cortisol only affect mood?', none)).toBe('so does cortisol only affect mood?');
    expect(smallRewrites("won't exercise help?", none)).toBe('will exercise help?');
    expect(smallRewrites("can't bones affect mood?", none)).toBe('can bones affect mood?');
    expect(smallRewrites("why isn't it cortisol?", none)).toBe("why isn't it cortisol?");
    // "In turn": back the other way, which the verb's two sides say already.
    expect(smallRewrites('does that make depression worse in turn?', none)).toBe('does that make depression worse?');
    // "The proposed mechanism" is the mechanism the text puts forward; unless the content says "proposed" itself.
    expect(smallRewrites("what's the proposed mechanism?", none)).toBe("what's the mechanism?");
    expect(smallRewrites('the suspected inequality', (stem) => stem === 'suspect')).toBe('the suspected inequality');
    // "What does X have to do with Y?" asks for the link between them.
    expect(smallRewrites('what does cortisol have to do with bones?', none)).toBe(
      'what is the link between cortisol and bones?',
    );
    expect(smallRewrites("what's exercise got to do with it", none)).toBe('what is the link between exercise and it');
    // Kin named by sex is the one word English has for it, when the content says that word.
    expect(smallRewrites('what was the name of her second male child?', (stem) => stem === 'son')).toBe(
      'what was the name of her second son?',
    );
    expect(smallRewrites('were the male children older?', (stem) => stem === 'son')).toBe('were the sons older?');
    expect(smallRewrites('what was her male child called?', none)).toBe('what was her male child called?');
    // British slang: "a load of rubbish" is nonsense, "reckon X?" asks whether X is so.
    expect(smallRewrites('is it legit or a load of rubbish?', none)).toBe('is it legit or nonsense?');
    expect(smallRewrites('reckon exercise sorts both out?', none)).toBe('is it true that exercise sorts both out?');
    expect(smallRewrites('what do you reckon?', none)).toBe('what do you reckon?');
    // Whether to ask one's doctor about a thing is whether to try it.
    expect(smallRewrites('should I ask my doctor about exercise?', none)).toBe('should I try exercise?');
    expect(smallRewrites('what did the doctor say about exercise?', none)).toBe(
      'what did the doctor say about exercise?',
    );
    // An order to search for something is one to find it.
    expect(smallRewrites('search for blood-brain barrier', none)).toBe('find blood-brain barrier');
    expect(smallRewrites('look for the part about genes', none)).toBe('find the part about genes');
    // A state an adjective names is the condition it names; not the United States.
    expect(smallRewrites('is osteocalcin a marker of the depressive state?', none)).toBe(
      'is osteocalcin a marker of the depressive?',
    );
    expect(smallRewrites('was it funded by the United States?', none)).toBe('was it funded by the United States?');
    // An order to break down, unpack or walk through a thing asks to explain it; the verb of a question stays.
    expect(smallRewrites('can someone break down the treatment ideas for me', none)).toBe(
      'can someone explain the treatment ideas for me',
    );
    expect(smallRewrites('walk me through the gene thing', none)).toBe('explain the gene thing');
    expect(smallRewrites('does cortisol break down bone?', none)).toBe('does cortisol break down bone?');
    // "A rather than B?" is a choice between them in a yes/no question; not in a question for the other thing.
    expect(smallRewrites('is it genuine rather than speculative?', none)).toBe('is it genuine or speculative?');
    expect(smallRewrites('what did they use instead of numbers?', none)).toBe('what did they use instead of numbers?');
    // An ordinal as the content writes it, in words, when it does not write the figure.
    expect(smallRewrites("who was the university's 5th president?", (stem) => stem === 'fifth')).toBe(
      "who was the university's fifth president?",
    );
    expect(smallRewrites('the 5th president', (stem) => stem === 'fifth' || stem === '5th')).toBe('the 5th president');
    expect(smallRewrites('the 5th president', none)).toBe('the 5th president');
    // A group of people by the content's word for it, when it never says the question's.
    expect(smallRewrites('how many households have kids under 18?', (stem) => stem === 'child')).toBe(
      'how many households have children under 18?',
    );
    expect(smallRewrites('do men get it too?', (stem) => stem === 'male' || stem === 'men')).toBe('do men get it too?');
    expect(smallRewrites('do men get it too?', none)).toBe('do men get it too?');
    expect(smallRewrites('why are older residents affected?', (stem) => stem === 'individu')).toBe(
      'why are older individuals affected?',
    );
    expect(smallRewrites('how many residents?', (stem) => stem === 'individu' || stem === 'resid')).toBe(
      'how many residents?',
    );
    // "Best" before a verb of describing says how well, ranking nothing; before a noun it ranks.
    expect(smallRewrites('what term best describes the landscapes?', none)).toBe('what term describes the landscapes?');
    expect(smallRewrites('what is the best treatment?', none)).toBe('what is the best treatment?');
  });

  it('keeps a phrase the content itself uses', () => {
    expect(smallRewrites('what are the early signs of osteoporosis?', (stem) => stem === 'sign')).toBe(
      'what are the early signs of osteoporosis?',
    );
    expect(smallRewrites('who composed the piece', () => true)).toBe('who composed the piece');
    expect(smallRewrites('what happens in turn?', (stem) => stem === 'turn')).toBe('what happens in turn?');
    expect(smallRewrites('what is the inflammatory state?', (stem) => stem === 'state')).toBe(
      'what is the inflammatory state?',
    );
  });

  it('leaves a question with none of them as it is', () => {
    expect(smallRewrites('does exercise help?', none)).toBe('does exercise help?');
  });
});
