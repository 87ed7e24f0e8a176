import { describe, expect, it } from 'vitest';
import { rephraseQuestion } from '../../../src/search/text/question-phrasing.js';

describe('rephraseQuestion', () => {
  it('drops asking for a plain or short answer, which says nothing of what is asked', () => {
    expect(rephraseQuestion('in simple words how do bones talk to the brain').trim()).toBe(
      'how do bones talk to the brain',
    );
    expect(rephraseQuestion("explain osteocalcin like I'm five")).toBe('explain osteocalcin  ');
    expect(rephraseQuestion('please explain the axis like im 5').trim()).toBe('please explain the axis');
    expect(rephraseQuestion("explain the bone brain axis like I'm 12").trim()).toBe('explain the bone brain axis');
    expect(rephraseQuestion('simple explanation of why exercise matters here?').trim()).toBe(
      'why exercise matters here?',
    );
    expect(rephraseQuestion('explain the vicious cycle to a beginner').trim()).toBe('explain the vicious cycle');
    expect(rephraseQuestion('@bot, does stress hurt bones?')).toBe('does stress hurt bones?');
    expect(rephraseQuestion('how are they connected, in 1 sentence').trim()).toBe('how are they connected,');
    expect(rephraseQuestion('tldr on the treatment ideas?').trim()).toBe('the treatment ideas?');
    expect(rephraseQuestion('tl;dr')).toBe('tl;dr');
    expect(rephraseQuestion('explain how depression damages bones step by step').trim()).toBe(
      'explain how depression damages bones',
    );
    expect(rephraseQuestion('what does osteopontin do, in more detail?')).toBe('what does osteopontin do,  ?');
  });

  it('reads a reason asked for as "why" or "what causes", unless the content speaks of reasons', () => {
    expect(rephraseQuestion('Is there a reason these two would happen together?')).toBe(
      'why these two would happen together?',
    );
    expect(rephraseQuestion("what's the main reason that cortisol rises")).toBe('why cortisol rises');
    expect(rephraseQuestion('what is the reason for bone loss in depression')).toBe(
      'what causes bone loss in depression',
    );
    expect(rephraseQuestion('is there any reason to think exercise helps')).toBe('is it true that exercise helps');
    const saysReason = (stem: string) => stem === 'reason';
    expect(rephraseQuestion('is there a reason given', saysReason)).toBe('is there a reason given');
  });

  it('reads a statement closed by a bare "why" as a why-question about it', () => {
    expect(rephraseQuestion('the article calls it revolutionary, why')).toBe('why the article calls it revolutionary?');
    expect(rephraseQuestion('bones make hormones - how come?')).toBe('why bones make hormones?');
    // A question that asks why too is left as it is.
    expect(rephraseQuestion('does stress hurt bones, and why')).toBe('does stress hurt bones, and why');
  });

  it('reads "compared to" as "versus", a preposition, unless the content speaks of comparing', () => {
    expect(rephraseQuestion('how was the brain seen before compared with now')).toBe(
      'how was the brain seen before versus now',
    );
    expect(rephraseQuestion('how is it compared to now', (stem) => stem === 'compar')).toBe(
      'how is it compared to now',
    );
  });

  it('reads "back up" of what a text or its evidence says as "support"', () => {
    expect(rephraseQuestion('Does the article back up exercise helping both?')).toBe(
      'Does the article support exercise helping both?',
    );
    expect(rephraseQuestion('is the link backed up by research')).toBe('is the link supported by research');
    // "Backed by" too ("is the exercise claim backed by anything?"): else "backed" meets the article's "back to".
    expect(rephraseQuestion('is the exercise claim backed by anything?')).toBe(
      'is the exercise claim supported by anything?',
    );
    // "Back that up" is a verification of the claim before, read elsewhere; a traffic "back up" is no support.
    expect(rephraseQuestion('does the study back that up')).toBe('does the study back that up');
    // With more after it, it is the support asked about: "does the article back that up for mood too?".
    expect(rephraseQuestion('does the article back that up for mood too?')).toBe(
      'does the article support that for mood too?',
    );
    expect(rephraseQuestion('why did the river back up')).toBe('why did the river back up');
  });

  it('reads "what is X defined as", "how is X defined" as asking what X is', () => {
    expect(rephraseQuestion('What is osteoporosis defined as in the text?')).toBe('what is osteoporosis in the text?');
    expect(rephraseQuestion('how is osteoporosis defined?')).toBe('what is osteoporosis?');
  });

  it('reads a count of what the text names as asking which it names; a count of anything else stays', () => {
    expect(rephraseQuestion('how many bone hormones does it talk about?')).toBe(
      'which bone hormones does it talk about?',
    );
    expect(rephraseQuestion('how many universities are mentioned')).toBe('which universities are mentioned');
    // Up to five words counted: "hormones or proteins from bone".
    expect(rephraseQuestion('how many hormones or proteins from bone does it name?')).toBe(
      'which hormones or proteins from bone does it mention?',
    );
    // "According to" the text: the kinds it names; a count of people still wants a number.
    expect(rephraseQuestion('how many conditions can exercise help according to the 2025 review?')).toBe(
      'which conditions can exercise help according to the 2025 review?',
    );
    expect(rephraseQuestion('how many people have osteoporosis according to the article')).toBe(
      'how many people have osteoporosis according to the article',
    );
    expect(rephraseQuestion('how many hormones from bone are talked about')).toBe(
      'which hormones from bone are talked about',
    );
    // What its authors propose, which the text lists without counting.
    expect(rephraseQuestion('how many kinds of treatment do the researchers suggest?')).toBe(
      'which kinds of treatment do the researchers suggest?',
    );
    expect(rephraseQuestion('how many treatments are proposed')).toBe('which treatments are proposed');
    // The ways something happens, which a text tells without counting them.
    expect(rephraseQuestion('how many ways does depression damage bone?')).toBe('how does depression damage bone?');
    expect(rephraseQuestion('how many people get osteoporosis')).toBe('how many people get osteoporosis');
  });

  it('drops a title before a name when the content gives none ("Dr Li")', () => {
    expect(rephraseQuestion("Dr Li's main claim?")).toBe("Li's main claim?");
    expect(rephraseQuestion('what did Prof. Gao find')).toBe('what did Gao find');
    expect(rephraseQuestion('does my doctor know')).toBe('does my doctor know');
    // A content that writes the title keeps it.
    expect(rephraseQuestion('what did Dr Li find', (stem) => stem === 'dr')).toBe('what did Dr Li find');
  });

  it('reads "true or false: X", "T/F X", "fact or myth: X" as "is it true that X"', () => {
    expect(rephraseQuestion('fact or myth: the brain is hardwired')).toBe('is it true that the brain is hardwired');
    expect(rephraseQuestion('T/F bones are just structural')).toBe('is it true that bones are just structural');
    expect(rephraseQuestion('is it true or false that bones make hormones')).toBe(
      'is it true that bones make hormones',
    );
    expect(rephraseQuestion('is the fact that bones make hormones new?')).toBe(
      'is the fact that bones make hormones new?',
    );
  });

  it('reads "by what route", "in what way" as "how"', () => {
    expect(rephraseQuestion('by what route does osteocalcin get to the brain')).toBe(
      'how does osteocalcin get to the brain',
    );
    expect(rephraseQuestion('in which way does stress hurt bones')).toBe('how does stress hurt bones');
    expect(rephraseQuestion('what way is best')).toBe('what way is best');
  });

  it('reads "any specific X" as any X', () => {
    expect(rephraseQuestion('does the article name any specific drug')).toBe('does the article mention any drug');
    expect(rephraseQuestion('what specific conditions')).toBe('what specific conditions');
  });

  it('drops a question announced ("quick q:") and a hedge about the asker up to its "but"', () => {
    expect(rephraseQuestion('quick q: who wrote it')).toBe('who wrote it');
    expect(rephraseQuestion('Random question, where was it published?')).toBe('where was it published?');
    expect(rephraseQuestion('not sure if you can answer this but is there any hope?')).toBe('is there any hope?');
    expect(rephraseQuestion('sorry if this is a dumb question but what is osteopontin')).toBe('what is osteopontin');
    expect(rephraseQuestion('sorry if this is obvious: who are the authors?')).toBe('who are the authors?');
    expect(rephraseQuestion('Probably obvious, but why do the authors want clinical trials?')).toBe(
      'why do the authors want clinical trials?',
    );
    expect(rephraseQuestion('Not a scientist, just curious: does stress thin bones?')).toBe('does stress thin bones?');
    expect(rephraseQuestion('random thought: is the brain hardwired?')).toBe('is the brain hardwired?');
    expect(rephraseQuestion('possibly dumb q: where does osteocalcin go?')).toBe('where does osteocalcin go?');
    // Not what a question says before its "but", nor "question" as a word of it.
    expect(rephraseQuestion('osteocalcin might be high but does it drop?')).toBe(
      'osteocalcin might be high but does it drop?',
    );
    expect(rephraseQuestion('question marks on bones?')).toBe('question marks on bones?');
  });

  it('reads "the exact words about X" as "quote the part about X"', () => {
    expect(rephraseQuestion('give me the exact words about the vicious cycle')).toBe(
      'quote the part about the vicious cycle',
    );
    expect(rephraseQuestion("what's the actual wording on sleep")).toBe('quote the part about sleep');
  });

  it('reads "do they list / does the article name" as "mention", the text naming things', () => {
    expect(rephraseQuestion('which treatments do they list?')).toBe('which treatments do they mention?');
    expect(rephraseQuestion('what drugs does the article name?')).toBe('what drugs does the article mention?');
    expect(rephraseQuestion('is there a list of treatments?')).toBe('is there a list of treatments?');
  });

  it('reads "X wants me to start Y, does that help?" as asked of Y, whoever advised it', () => {
    expect(rephraseQuestion('my doctor wants me to start exercising, does the article say that helps?')).toBe(
      'does the article say exercising helps?',
    );
    expect(rephraseQuestion('my GP said I should take calcium. does it help with mood?')).toBe(
      'does calcium help with mood?',
    );
    // So is what someone takes, asked about as "that" or "they".
    expect(rephraseQuestion('my grandad takes vitamin D for his bones, will that help his mood?')).toBe(
      'will vitamin D help his mood?',
    );
    expect(rephraseQuestion('my mum takes calcium tablets every day. Do they help with depression?')).toBe(
      'Do calcium tablets help with depression?',
    );
    // Advice told again and again, a sentence of its own, "back that up" kept whole, courtesy after the story.
    expect(
      rephraseQuestion(
        "My therapist keeps telling me to exercise more. I'm curious whether the article backs that up for both mood and bones.",
      ),
    ).toBe('is it true that the article supports exercise more for both mood and bones');
    expect(rephraseQuestion('my GP told me to walk daily. Does the article back that up?')).toBe(
      'Does the article support walk daily?',
    );
    // "Told me to" is advice, not a claim heard ("my friend told me that ..." is one).
    expect(rephraseQuestion('my friend told me to ask about cortisol')).toBe('my friend told me to ask about cortisol');
    // What someone takes, then whether their bones or mood will change: asked of what is taken.
    expect(rephraseQuestion('my father take antidepressant, will his bones get better?')).toBe(
      'will his bones get better with antidepressant?',
    );
    expect(rephraseQuestion('my mum takes vitamin D every day. Will her mood improve?')).toBe(
      'Will her mood improve with vitamin D?',
    );
    // Not a question of the asker's own ("should he exercise?" asks whether he should).
    expect(rephraseQuestion('my dad takes antidepressants, should he exercise?')).toBe(
      'my dad takes antidepressants, should he exercise?',
    );
    // A claim of the world told ("my doctor says stress ...") is verified, not read as advice.
    expect(rephraseQuestion('my doctor says stress weakens bones, is that true?')).toBe(
      'is it true that stress weakens bones?',
    );
  });

  it('reads "X mentioned Y, what does it do?" as asked of Y, whoever brought it up', () => {
    expect(rephraseQuestion('her doctor mentioned cortisol, what does it do to bones?')).toBe(
      'what does cortisol do to bones?',
    );
    expect(rephraseQuestion('I read about osteocalcin. Is it a hormone?')).toBe('Is osteocalcin a hormone?');
    // Without an "it" the question asks of its own words; a longer story is left to the asking sentence.
    expect(rephraseQuestion('my doctor mentioned osteopontin, what is that?')).toBe(
      'my doctor mentioned osteopontin, what is that?',
    );
    expect(rephraseQuestion('my doctor mentioned that bones matter, why is it so?')).toBe(
      'my doctor mentioned that bones matter, why is it so?',
    );
    expect(rephraseQuestion('my doctor mentioned that my bone density is low, is it serious?')).toBe(
      'my doctor mentioned that my bone density is low, is it serious?',
    );
  });

  it('reads a claim heard elsewhere, said without a question mark, as asking whether it is so', () => {
    expect(rephraseQuestion('I read that cortisol weakens bones')).toBe('is it true that cortisol weakens bones');
    expect(rephraseQuestion('my friend said osteopontin is linked to genes')).toBe(
      'is it true that osteopontin is linked to genes',
    );
    // With a question mark, it asks something of its own.
    expect(rephraseQuestion('I read the article, who wrote it?')).toBe('I read the article, who wrote it?');
    // A claim alone with a "?", or closed by a bare "correct?", is still the claim asked about.
    expect(rephraseQuestion('I heard the study was done in America, correct?')).toBe(
      'is it true that the study was done in America?',
    );
    expect(rephraseQuestion('my friend says bones make hormones?')).toBe('is it true that bones make hormones?');
    expect(rephraseQuestion('i thought the brain was fixed after childhood?')).toBe(
      'is it true that the brain was fixed after childhood?',
    );
    // Not when a question of its own follows the claim.
    expect(rephraseQuestion('my teacher said the brain is fixed, does this disagree?')).toBe(
      'my teacher said the brain is fixed, does this disagree?',
    );
  });

  it('reads a claim, then "is that true?" or "does the article cover that?", as "is it true that" the claim', () => {
    expect(rephraseQuestion('SSRIs cause bone loss. Is that true?')).toBe('is it true that SSRIs cause bone loss?');
    expect(rephraseQuestion('bones make hormones, is that possible?')).toBe('is it true that bones make hormones?');
    expect(rephraseQuestion('TIL bones are hormone factories, is that legit?')).toBe(
      'is it true that bones are hormone factories?',
    );
    expect(rephraseQuestion('I read that SSRIs cause fractures, does the article cover that?')).toBe(
      'is it true that SSRIs cause fractures?',
    );
    expect(rephraseQuestion('I heard coffee thins bones, is that in the article?')).toBe(
      'is it true that coffee thins bones?',
    );
    // Where the asker heard it is no part of the claim.
    expect(rephraseQuestion('I saw on tiktok that bones make hormones, is that true?')).toBe(
      'is it true that bones make hormones?',
    );
    expect(rephraseQuestion('people on twitter say it is new')).toBe('people say it is new');
    expect(rephraseQuestion('is osteocalcin on tv?')).toBe('is osteocalcin on tv?');
    // Checking one's understanding: "is that the idea?", "have I got that right?".
    expect(rephraseQuestion('the two illnesses make each other worse, is that the idea?')).toBe(
      'is it true that the two illnesses make each other worse?',
    );
    expect(rephraseQuestion('bones make hormones, have I got that right?')).toBe(
      'is it true that bones make hormones?',
    );
    // A story of the asker's own is read by the asking sentence, not rewritten.
    const story = 'My therapist suggested exercise. Does the article back that up?';
    expect(rephraseQuestion(story)).toBe(story);
    // A question before it is no claim.
    expect(rephraseQuestion('what is osteocalcin? is that right?')).toBe('what is osteocalcin? is that right?');
  });

  it('drops why the asker asks ("for my essay"), which says nothing of what is asked', () => {
    expect(rephraseQuestion('I need the name of the journal for my reference list').trim()).toBe(
      'the name of the journal',
    );
    // A label saying what for, and "I need" / "I'm looking for" before what is asked for.
    expect(rephraseQuestion('homework: what does bidirectional mean here?')).toBe('what does bidirectional mean here?');
    expect(rephraseQuestion('I need 3 facts about osteocalcin').trim()).toBe('3 facts about osteocalcin');
    expect(rephraseQuestion("I'm looking for the authors' names").trim()).toBe("the authors' names");
    expect(rephraseQuestion('I need to know who wrote it')).toBe('who wrote it');
    expect(rephraseQuestion('for my essay, what does osteocalcin do?').trim()).toBe('what does osteocalcin do?');
    expect(rephraseQuestion('what is osteopontin, for a school project').trim()).toBe('what is osteopontin,');
    expect(rephraseQuestion('for a quiz, what does osteopontin do?').trim()).toBe('what does osteopontin do?');
    expect(rephraseQuestion('for my lesson: who wrote it?').trim()).toBe('who wrote it?');
    expect(rephraseQuestion('what is the thesis of the review')).toBe('what is the thesis of the review');
  });

  it('reads "how do I know if I have X" as asking for the signs of X', () => {
    expect(rephraseQuestion('how do i know if i have osteoporosis')).toBe('what are the symptoms of osteoporosis');
    expect(rephraseQuestion('So how can you tell whether my dad has a broken hip?')).toBe(
      'So what are the symptoms of broken hip?',
    );
    // Not how to tell something else.
    expect(rephraseQuestion('how do I know if my bones are weak')).toBe('how do I know if my bones are weak');
    expect(rephraseQuestion('how do they know if it has worked')).toBe('how do they know if it has worked');
  });

  it('reads "hurt" closing a question as asking about pain, and "hurt your bones" as harm', () => {
    expect(rephraseQuestion('does osteoporosis hurt?')).toBe('does osteoporosis give pain?');
    expect(rephraseQuestion('Will neuromodulation HURT')).toBe('Will neuromodulation give pain');
    expect(rephraseQuestion('does stress hurt your bones')).toBe('does stress hurt your bones');
  });

  it('reads "the US" as the country, not the pronoun, unless the whole message is in capitals', () => {
    expect(rephraseQuestion('is the research from the US')).toBe('is the research from the USA');
    expect(rephraseQuestion('does it help us')).toBe('does it help us');
    expect(rephraseQuestion('IS IT FROM THE US')).toBe('IS IT FROM THE US');
    expect(rephraseQuestion("explain it like I'm a 5 year old").trim()).toBe('explain it');
  });

  it('reads "the (early, warning) signs of X" as its symptoms, unless the content speaks of signs', () => {
    expect(rephraseQuestion('what are the early signs of osteoporosis?')).toBe(
      'what are the symptoms of osteoporosis?',
    );
    expect(rephraseQuestion('Warning signs of depression')).toBe('symptoms of depression');
    expect(rephraseQuestion('what are the signs of osteoporosis', (stem) => stem === 'sign')).toBe(
      'what are the signs of osteoporosis',
    );
    expect(rephraseQuestion('signed off')).toBe('signed off');
  });
});

describe('rephraseQuestion: courtesy, labels and indirect questions', () => {
  const read = (question: string) => rephraseQuestion(question).replace(/\s+/g, ' ').trim();

  it('drops a courteous opening and a word on what the asker does not know, and reads "whether X" as asking X', () => {
    expect(read('Would you be so kind as to tell me which journal carried this research?')).toBe(
      'which journal carried this research?',
    );
    expect(read('I would be obliged if you could tell me who the authors were.')).toBe('who the authors were.');
    expect(read('Pray tell, what part does cortisol play in all this?')).toBe(
      'what part does cortisol play in all this?',
    );
    expect(read("I can't figure out who actually did this review")).toBe('who actually did this review');
    expect(read('Might I ask what becomes of osteocalcin once depression has been treated?')).toBe(
      'what becomes of osteocalcin once depression has been treated?',
    );
    expect(read('can I ask who wrote it')).toBe('who wrote it');
    expect(read('Dear sir, kindly advise whether my pension covers it.')).toBe('is it true that my pension covers it.');
    expect(read('I wonder if fizzy drinks make osteoporosis worse')).toBe(
      'is it true that fizzy drinks make osteoporosis worse',
    );
    // "Explain" keeps its meaning; a condition of courtesy is not a claim.
    expect(read('I would be grateful if you could explain the axis')).toBe('explain the axis');
    expect(read("I was wondering, if it's not too much trouble, where the study was published")).toBe(
      'where the study was published',
    );
    // Not a condition the question states.
    expect(read('if depression is treated, does osteocalcin drop?')).toBe(
      'if depression is treated, does osteocalcin drop?',
    );
  });

  it('drops a greeting standing as a sentence of its own before the question', () => {
    expect(read('Good afternoon. I would be grateful if you could tell me who wrote it.')).toBe('who wrote it.');
    expect(read('Hello there! What is osteocalcin?')).toBe('What is osteocalcin?');
    expect(read('Good evening, where was it published?')).toBe('where was it published?');
    // Thanks as a sentence of its own, after a greeting or alone; a polite condition opening the message.
    expect(read('Hi there, thanks for your help earlier. Who were the authors?')).toBe('Who were the authors?');
    expect(read('Thank you! What is osteocalcin?')).toBe('What is osteocalcin?');
    expect(read('Excuse me, who wrote the review?')).toBe('who wrote the review?');
    expect(read("If it's not too much trouble, could you explain what osteopontin does?")).toBe(
      'could you explain what osteopontin does?',
    );
    // A condition that only grants what the article says names no case: "if the theory is right, ...".
    expect(read('if the theory is right, could exercise treat both?')).toBe('could exercise treat both?');
    expect(read('if depression is treated, does osteocalcin drop?')).toBe(
      'if depression is treated, does osteocalcin drop?',
    );
    // Thanks alone stay thanks (intents.ts answers them).
    expect(read('thanks for your help!')).toBe('thanks for your help!');
    // A greeting that is the question's own words stays: "good day" is not set apart here.
    expect(read('is a good day for bones a sunny one')).toBe('is a good day for bones a sunny one');
  });

  it('drops whom the message addresses: an author by title and name, or the researchers', () => {
    expect(read('Dr Li, why do you think bones affect mood?')).toBe('why do you think bones affect mood?');
    expect(read('Professor Gao, what treatments do you suggest?')).toBe('what treatments do you suggest?');
    expect(read('Dear researchers, what should doctors do with this?')).toBe('what should doctors do with this?');
    expect(read('to the authors: how sure are you about this?')).toBe('how sure are you about this?');
    // A name the question asks about stays (its title goes, as the content gives none).
    expect(read('what did Dr Li say?')).toBe('what did Li say?');
  });

  it('drops a label before the question, and reads a claim put up to be checked as asking whether it is so', () => {
    expect(read('[Discussion] what do the researchers say')).toBe('what do the researchers say');
    expect(read('Quiz: in what year was the review published?')).toBe('in what year was the review published?');
    // A reply's subject line: "Re: X".
    expect(read('re: osteocalcin - what does it do?')).toBe('osteocalcin - what does it do?');
    expect(read('True or false: osteocalcin can get into the brain.')).toBe(
      'is it true that osteocalcin can get into the brain.',
    );
    expect(read('TIL bones make hormones')).toBe('is it true that bones make hormones');
  });

  it('drops how the asker feels, a clause of its own before the question', () => {
    expect(read("I'm scared, will my osteoporosis kill me?")).toBe('will my osteoporosis kill me?');
    expect(read("I'm really anxious, can anxiety cause bone loss?")).toBe('can anxiety cause bone loss?');
    expect(read('honestly terrified, is this cycle something you can break?')).toBe(
      'is this cycle something you can break?',
    );
    // Not what the asker is worried about, which is what they ask.
    expect(read("I'm worried about my bones")).toBe("I'm worried about my bones");
  });

  it("reads the asker's understanding, put up to be checked, as asking whether it is so", () => {
    expect(read('let me get this straight, the study tested a new drug on mice?')).toBe(
      'is it true that the study tested a new drug on mice?',
    );
    expect(read('am I right that they recommend hormone replacement therapy?')).toBe(
      'is it true that they recommend hormone replacement therapy?',
    );
    expect(read("correct me if I'm wrong but the review came out of China?")).toBe(
      'is it true that the review came out of China?',
    );
    expect(read('am I right in thinking the authors want more trials?')).toBe(
      'is it true that the authors want more trials?',
    );
    expect(read('Would I be correct in assuming that the authors regard it as genuine?')).toBe(
      'is it true that the authors regard it as genuine?',
    );
    expect(read('am I to understand that bones were once considered scaffolding?')).toBe(
      'is it true that bones were once considered scaffolding?',
    );
    // A question of its own after it is asked as it is.
    expect(read('just to check, is it from China?')).toBe('is it from China?');
  });

  it('reads what the asker says they do not follow as the thing asked about', () => {
    expect(read('the vicious cycle part makes no sense to me')).toBe('the vicious cycle part');
    expect(read('the gene thing confuses me')).toBe('the gene thing');
    expect(read('the hardwired comment went over my head')).toBe('the hardwired comment');
    expect(read('not sure I follow the gene thing')).toBe('the gene thing');
    expect(read("I don't quite follow the two-way street bit")).toBe('the two-way street bit');
    // A question before it keeps its words; "does it make sense that ..." asks its own question.
    expect(read('why would bones make hormones? it makes no sense')).toBe('why would bones make hormones?');
    expect(read('does it make sense that bones make hormones?')).toBe('does it make sense that bones make hormones?');
  });

  it("drops a formal writer's courtesy and the asker's view asked for", () => {
    expect(read('I should be obliged to know what the authors call for.')).toBe('what the authors call for.');
    expect(read("I'd be interested to learn who wrote it")).toBe('who wrote it');
    expect(read('In your estimation, does the article suggest any remedy?')).toBe(
      'does the article suggest any remedy?',
    );
  });

  it('drops who talks of the thing, closing a question of what it is', () => {
    expect(read('so what is this bone brain axis thing they keep talking about')).toBe(
      'so what is this bone brain axis thing',
    );
    expect(read('what is the bone brain axis everyone is talking about?')).toBe('what is the bone brain axis?');
    expect(read("what's the hormone everyone's on about")).toBe("what's the hormone");
    // Not when it is all the question asks, nor a question of what they said.
    expect(read('what are people talking about?')).toBe('what are people talking about?');
    expect(read('what did they say?')).toBe('what did they say?');
  });

  it('drops a hedge closing what was said', () => {
    expect(read('I keep hearing osteoporosis is silent, not sure what that means')).toBe(
      'is it true that osteoporosis is silent',
    );
    expect(read("bones make hormones, no idea if that's true")).toBe('bones make hormones');
    // What the asker believes, closing the claim: the claim is what is asked.
    expect(read('osteocalcin lowers blood sugar, I think?')).toBe('osteocalcin lowers blood sugar?');
    expect(read('what do you think')).toBe('what do you think');
  });

  it('drops courtesy closing the question, and leaves thanks alone to be thanks', () => {
    expect(read('how does stress weaken bones, if that makes sense?')).toBe('how does stress weaken bones');
    expect(read("what's the bone-brain axis? thanks in advance!")).toBe("what's the bone-brain axis?");
    expect(read('who wrote it? many thanks')).toBe('who wrote it?');
    expect(read('thanks in advance')).toBe('thanks in advance');
    // Not a question about sense, nor the end of a word ("demenTIA" is no "tia", thanks in advance).
    expect(read('does it make sense to exercise?')).toBe('does it make sense to exercise?');
    expect(read('thanks, is depression linked to dementia?')).toBe('is depression linked to dementia?');
  });

  it('reads "is it (not) the case / a fact that X" as "is it (not) true that X"', () => {
    expect(read('is it not the case that osteopontin is harmful?')).toBe('is it not true that osteopontin is harmful?');
    // (A negative question opening asks what the positive one asks: small-rewrites.ts.)
    expect(read("isn't it the case that bones make hormones")).toBe('is it true that bones make hormones');
    expect(read('in the case of osteoporosis, what helps?')).toBe('in the case of osteoporosis, what helps?');
    // "Is it a fact / correct / right that X" asks the same.
    expect(read('is it a fact that osteoporosis patients are more often depressed?')).toBe(
      'is it true that osteoporosis patients are more often depressed?',
    );
    expect(read('is it correct that cortisol weakens bones')).toBe('is it true that cortisol weakens bones');
    expect(read('is it right to say osteopontin helps?')).toBe('is it right to say osteopontin helps?');
  });

  it('reads an arrow from one thing to another as how the first affects the second', () => {
    expect(read('depression -> bones?')).toBe('how does depression affect bones?');
    expect(read('cortisol \u2192 bones, how?')).toBe('how does cortisol affect bones?');
    expect(read('bones -> brain? how')).toBe('how does bones affect brain?');
    // Not an arrow inside a longer question.
    expect(read('what does cortisol do -> is it bad?')).toBe('what does cortisol do -> is it bad?');
  });

  it("reads a quiz's lettered options as alternatives", () => {
    expect(read('multiple choice: the authors are from (a) USA (b) China (c) UK')).toBe(
      'the authors are from USA or China or UK',
    );
    expect(read('where are the authors from: a) USA b) China c) UK')).toBe(
      'where are the authors from: USA or China or UK',
    );
    expect(read('which hormone crosses into the brain? A. cortisol B. osteocalcin')).toBe(
      'which hormone crosses into the brain? cortisol or osteocalcin',
    );
    // Not options: letters out of order, or one alone.
    expect(read('is vitamin b) good or c) bad?')).toBe('is vitamin b) good or c) bad?');
    expect(read('what is (a) here')).toBe('what is (a) here');
  });

  it('drops the one asked, named after the question', () => {
    expect(read("where'd they publish it, mate?")).toBe("where'd they publish it?");
    expect(read('who wrote it bro')).toBe('who wrote it');
    expect(read('what does cortisol do, my friend? thanks')).toBe('what does cortisol do?');
    // A noun of the question stays: "a man", "a mate", "the bot".
    expect(read('does osteoporosis affect a man')).toBe('does osteoporosis affect a man');
    expect(read('can I ask my mate')).toBe('can I ask my mate');
    expect(read('who made the bot?')).toBe('who made the bot?');
  });

  it('reads "X and Y, any link?" as asking for a link between them', () => {
    expect(read('Bisphosphonates and mood, any link?')).toBe('is there a link between Bisphosphonates and mood');
    // Not a story of the asker's people, whose question follows it.
    expect(read('my mum has osteoporosis and seems down, is there a connection?')).toBe(
      'my mum has osteoporosis and seems down, is there a connection?',
    );
    expect(read('osteocalcin & mood - is there a connection?')).toBe(
      'is there a connection between osteocalcin & mood',
    );
    expect(read('is there a link between bones and mood?')).toBe('is there a link between bones and mood?');
    // A story of its own, then its question: no "link between" the whole story.
    const story =
      'My husband has been depressed since he retired and last month he broke his wrist. Is there a connection?';
    expect(read(story)).toBe(story);
  });

  it('reads a learner\'s yes/no question in a statement\'s order with its auxiliary first, and "more weak" as weaker', () => {
    expect(read('the depresion can make the bones more weak?')).toBe('can the depresion make the bones weaker?');
    // A condition first, then a yes/no question about the asker's case: the question, then its condition.
    expect(read('if I move to a warmer country, will my bones get stronger?')).toBe(
      'will my bones get stronger if I move to a warmer country?',
    );
    expect(read('if the brain can change, can it recover?')).toBe('if the brain can change, can it recover?');
    // In the negative, it asks whether the positive holds.
    expect(read("the researchers aren't from the US, right?")).toBe('are the researchers from the USA?');
    expect(read('so osteoporosis can make you depressed??')).toBe('so can osteoporosis make you depressed?');
    expect(read('um, osteocalcin is high in depression?')).toBe('um, is osteocalcin high in depression?');
    // A filler before a question already in a question's order is no subject: "um" stays where it is.
    expect(read('hmm so is it one way or both ways?')).toBe('hmm so is it one way or both ways?');
    expect(read('the treatment with magnets is available in europe?')).toBe(
      'is the treatment with magnets available in europe?',
    );
    // Not a question that opens with its auxiliary or a question word, nor "bones do more than ...".
    expect(read('does that mean depression is genetic?')).toBe('does that mean depression is genetic?');
    expect(read('what is osteocalcin?')).toBe('what is osteocalcin?');
    expect(read("Jochi's death occurred in what year?")).toBe("Jochi's death occurred in what year?");
    expect(read('in what year was the review published?')).toBe('in what year was the review published?');
    expect(read('She says bones are just dead scaffolding. Is that true?')).toBe(
      'She says bones are just dead scaffolding. Is that true?',
    );
    expect(read('osteocalcin might be high but does it drop?')).toBe('osteocalcin might be high but does it drop?');
    expect(read('bones do more than hold us up?')).toBe('bones do more than hold us up?');
    expect(read('I have osteoporosis, am I going to get depressed?')).toBe(
      'I have osteoporosis, am I going to get depressed?',
    );
  });

  it('reads "what is meant by X" and "explain: X" as asking what X is, and "brand new" as new', () => {
    expect(read('what is meant by the bone-brain axis')).toBe('what is the bone-brain axis');
    expect(read('what do the authors mean by bone-derived signals?')).toBe('what is bone-derived signals?');
    expect(read('explain: the axis')).toBe('explain the axis');
    expect(read("What does 'bidirectional' refer to in this context?")).toBe("What does 'bidirectional' mean?");
    expect(read('who does the article refer to')).toBe('who does the article refer to');
    expect(read('Who paid for this research?')).toBe('Who funded this research?');
    expect(read('who paid for the tickets')).toBe('who paid for the tickets');
    expect(read('any risks of exercise?')).toBe('any dangers of exercise?');
    expect(read('are older people more at risk of it?')).toBe('are older people more at risk of it?');
    expect(read('is it a brand new idea')).toBe('is it a new idea');
    // "The piece" is the article when the content never speaks of a piece; "a piece of" is left alone.
    expect(read('who is most at risk, according to the piece?')).toBe('who is most at risk, according to the article?');
    expect(read('is a piece of bone enough?')).toBe('is a piece of bone enough?');
    expect(rephraseQuestion('who composed the piece', () => true)).toBe('who composed the piece');
    // A plea for help after the question asks nothing; "does exercise help?" is a question about helping.
    expect(read('teacher asked us who did the review, help 🙏')).toBe('teacher asked us who did the review?');
    expect(read('who wrote it pls help')).toBe('who wrote it?');
    expect(read('does exercise help?')).toBe('does exercise help?');
    expect(read('what can help - exercise?')).toBe('what can help - exercise?');
    // A decade after "the" as an article writes it; an age left alone.
    expect(read("who played the Doctor on stage in the 70's?")).toBe('who played the Doctor on stage in the 1970s?');
    expect(read('is it common in people in their 70s')).toBe('is it common in people in their 70s');
  });

  it('reads "effect" between a subject and an object as the verb "affect", and leaves the noun', () => {
    expect(read('how does depresion effect bones')).toBe('how does depresion affect bones');
    expect(read('depression effects bones?')).toBe('depression affects bones?');
    expect(read('does hitting the gym actually help')).toBe('does going to the gym actually help');
    // "What if X, <question>": X is a condition, and the question the one after it.
    expect(read('What if I already have osteoporosis, how long until I get depressed?')).toBe(
      'if I already have osteoporosis, how long until I get depressed?',
    );
    expect(read('what if I stop exercising')).toBe('what if I stop exercising');
    // Asking whether the bot can ("can you say", "could you find", "are you able to explain") asks the question.
    expect(read('can you say what the researchers want next?')).toBe('what the researchers want next?');
    expect(read('could you find where it talks about older people?')).toBe('where it talks about older people?');
    expect(read('are you able to explain the bone-brain axis?')).toBe('explain the bone-brain axis?');
    expect(read('can you find osteocalcin')).toBe('can you find osteocalcin');
    // Venting or hesitating before a comma and the question, in words the content lacks.
    expect(read('this bot sucks, who even wrote the article')).toBe('who even wrote the article');
    expect(read('this is scary, am I going to break bones?')).toBe('am I going to break bones?');
    expect(read("ugh fine, what's osteopontin")).toBe("what's osteopontin");
    // What others in the channel asked, before a colon or comma, may take a few more words.
    expect(read('to add to what jo asked: which hormone crosses into the brain?')).toBe(
      'which hormone crosses into the brain?',
    );
    expect(read('regarding the quote at the end, who said it?')).toBe('regarding the quote at the end, who said it?');
    // A thing named, which the question's "it" points back at, is kept.
    expect(read('the quote at the end, who said it?')).toBe('the quote at the end, who said it?');
    expect(read('the last paragraph, what does it say?')).toBe('the last paragraph, what does it say?');
    // The asker's reaction to a thing named ("sounds fake") is no topic; the thing, which "it" points back at, is.
    expect(read('ngl this bone brain thing sounds fake, what even is it')).toBe(
      'ngl this bone brain thing, what even is it',
    );
    expect(read('osteocalcin seems kinda weird, what does it do?')).toBe('osteocalcin, what does it do?');
    expect(read('the axis sounds made up, how does it work?')).toBe('the axis, how does it work?');
    // Not when the reaction asks nothing back ("who wrote the article" has no "it"), nor a word the content has.
    expect(read('this sounds fake, who wrote the article')).toBe('who wrote the article');
    expect(rephraseQuestion('the bones look weak, what does it mean?', (stem) => stem === 'weak')).toBe(
      'the bones look weak, what does it mean?',
    );
    // A condition is no venting: it is kept (after the question it conditions).
    expect(read('if I exercise, will I avoid it?')).toBe('will I avoid it if I exercise?');
    expect(read('my 2 kids, are they at risk?')).toBe('my 2 kids, are they at risk?');
    const bones = (stem: string) => stem === 'bone';
    expect(rephraseQuestion('weak bones, are they linked to mood?', bones)).toBe(
      'weak bones, are they linked to mood?',
    );
    // A closing tag that asks whether it holds.
    expect(read('stress hormone make bone weak, true?')).toBe('stress hormone make bone weak?');
    expect(read('bones make hormones, right?')).toBe('bones make hormones?');
    expect(read('is it cortisol, or osteocalcin?')).toBe('is it cortisol, or osteocalcin?');
    for (const noun of [
      'what effect does cortisol have on bones',
      'what are the side effects of exercise',
      'does it have any effect on mood',
      'the harmful effects of stress',
      'effects of depression',
    ]) {
      expect(read(noun)).toBe(noun);
    }
  });
});
