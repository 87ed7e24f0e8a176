import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/search/question/query.js';
import { questionForm } from '../../../src/search/question/question-form.js';
import { foldCase, tokenize } from '../../../src/search/text/text.js';

const form = (question: string) => questionForm(tokenize(question).map((t) => foldCase(t.word)));

describe('questionForm: what kind of answer a question asks for (any content)', () => {
  it('reads a question for what letters stand for, and the letters it names', () => {
    expect(form('what is the AFC short for').type).toBe('expansion');
    expect(analyzeQuestion('What does the acronym vBNS stand for?', []).acronym).toBe('vBNS');
    // With no letters to spell out, nothing to look for.
    expect(analyzeQuestion('what does it stand for', []).answerType).toBeNull();
    expect(form('what do the bones stand up to').type).toBeNull();
  });

  it('reads a framing noun closing the phrase after "what"/"which" and a word that says which as asking', () => {
    expect(form('there is growing interest in what indigenous group in the amazon').asking).toContain('group');
    expect(form('which main factors are there').asking).toContain('factors');
    // An instruction for someone: "give ME an example of ..." asks for one as "what is an example of" does.
    expect(form('give me an example of a bone hormone').asking).toContain('example');
    // "Singled out" asks why them in particular, no word a passage must say.
    expect(form('why are older adults singled out').asking).toEqual(expect.arrayContaining(['singled', 'out']));
    // How many it wants is no word a passage must say: "name ONE way", not "One key player".
    expect(form('name one way depression affects the skeleton').asking).toContain('one');
    expect(form('what are the two hormones').asking).not.toContain('two');
    // Whether a source can be trusted: "a PROPER scientific journal"; not "a real hormone", which asks what it is.
    expect(form('was this published in a proper scientific journal').asking).toContain('proper');
    expect(form('is this a reputable study').asking).toContain('reputable');
    expect(form('is osteopontin a real hormone').asking).not.toContain('real');
    // "What does THE REVIEW SUGGEST clinicians do?": the text saying it frames what is asked; "who wrote the review"
    // asks about it.
    expect(form('what does the review suggest clinicians do').asking).toEqual(
      expect.arrayContaining(['review', 'suggest']),
    );
    expect(form('who wrote the review').asking).not.toContain('review');
    expect(form('does the review discuss neuroinflammation').asking).toEqual(
      expect.arrayContaining(['review', 'discuss']),
    );
    // "INFO about X", "3 FACTS on X": what is known of X, in any words, and how many the asker wants.
    expect(form('give me info about osteocalcin').asking).toContain('info');
    expect(form('3 facts about osteocalcin').asking).toEqual(expect.arrayContaining(['3', 'facts']));
    expect(form('what facts does it give').asking).not.toContain('facts');
    // "The patients IT TALKS ABOUT": a relative clause saying what the text says; not "does it talk about".
    expect(form('how old are the patients it talks about').asking).toContain('talks');
    expect(form('the drugs they mention are they safe').asking).toContain('mention');
    expect(form('does it talk about diet').asking).not.toContain('talk');
    // "The word X" names X; not when a word is what is asked for.
    expect(form('what does the word axis mean').asking).toContain('word');
    expect(form('what word is the word pharmacy taken from').asking).not.toContain('word');
    // "What PHRASE describes bones as ...": the words asked for, in whatever words the text has.
    expect(form('what phrase describes bones as more than supports').asking).toContain('phrase');
    // Not inside a longer compound: "what support group meetings" asks about meetings.
    expect(form('what support group meetings exist').asking).not.toContain('group');
  });

  it('reads "can I quote", "is it accurate to say", "is it the case that" and "the exact wording about" as asking', () => {
    expect(form('can i quote the authors on the evidence').asking).toContain('quote');
    expect(form('is it accurate to say bones are organs').asking).toEqual(expect.arrayContaining(['accurate', 'say']));
    expect(form('is it the case that the brain is fixed').asking).toContain('case');
    expect(form("what's the exact wording about the pathway").asking).toContain('wording');
    expect(form('what drug classes does the article suggest').asking).toContain('classes');
  });

  it('reads "which persons" or "what people" right after the question word as asking who, and plural places', () => {
    expect(form('which persons are making this study')).toMatchObject({ type: 'person' });
    expect(form('which persons are making this study').asking).toContain('persons');
    expect(form('what did people think about the brain').type).not.toBe('person');
    // A body rather than a person: "which organisation published it?" asks who did.
    expect(form('which organisation published it')).toMatchObject({ type: 'person' });
    expect(form('which institutions are the authors affiliated with').type).toBe('place');
    // "Tell me about the researchers" asks who they are; "what do the researchers suggest" does not.
    expect(form('tell me about the researchers').type).toBe('person');
    expect(form('what about the team').type).toBe('person');
    expect(form('what do the researchers suggest').type).not.toBe('person');
    // Their names are who they are: "the researchers names pls", "names of the authors"; not a name they gave.
    expect(form('the researchers names pls')).toMatchObject({ type: 'person', asking: ['names'] });
    expect(form('what are the names of the authors').type).toBe('person');
    expect(form('what name did the researchers give it').type).not.toBe('person');
  });

  it('reads closing "list", "the state of", "how strong is" and "modalities" as asking, and a learner\'s "is true that"', () => {
    expect(form('treatments list').asking).toContain('list');
    expect(form('what is the state of osteocalcin in acute depression')).toMatchObject({ type: null });
    expect(form('what is the state of osteocalcin in acute depression').asking).toContain('state');
    expect(form('which state hosted the game').type).toBe('place');
    expect(form("what's the behaviour of osteocalcin when depression is treated").asking).toContain('behaviour');
    expect(form('how strong is the osteocalcin evidence').asking).toContain('strong');
    expect(form('what therapeutic modalities are proposed').asking).toContain('modalities');
    expect(form('is true that the brain is not fixed').asking).toContain('true');
  });

  it('reads words that pick, note or describe as asking: "a main duty", "notable about", "characterized as"', () => {
    expect(form('what is a main duty of the gphc').asking).toContain('main');
    expect(form('who is the lead author').asking).toContain('lead');
    expect(form('what is the best treatment').asking).not.toContain('best');
    expect(form('what is notable about the amazon forest').asking).toContain('notable');
    expect(form('why is osteopontin interesting').asking).toContain('interesting');
    // With a noun that only names a bit of what is said: "the most surprising THING about", "what POINT ... about".
    expect(form("what's the most surprising thing about bones").asking).toEqual(
      expect.arrayContaining(['surprising', 'thing']),
    );
    expect(form('what counterintuitive point does the article make about bones').asking).toEqual(
      expect.arrayContaining(['counterintuitive', 'point']),
    );
    expect(form('is a surprising thing happening to bones').asking).not.toContain('surprising');
    // Whoever wrote it, holding what is asked, is no topic: "why do researchers WANT trials".
    expect(form('why do researchers want clinical trials').asking).toContain('researchers');
    expect(form('why do the authors think drugs will work').asking).toContain('authors');
    expect(form('what do the authors think of drugs').asking).not.toContain('authors');
    expect(form('what do the researchers think doctors should do now').asking).toContain('researchers');
    // So are they in a yes/no question whether they hold it.
    expect(form('do the authors want more trials').asking).toContain('authors');
    expect(form('is it true that the researchers want more trials').asking).toContain('researchers');
    expect(form('do the authors study mice').asking).not.toContain('authors');
    expect(form('who are the researchers').asking).not.toContain('researchers');
    expect(form('do researchers study mice').asking).not.toContain('researchers');
    expect(form('how do the two directions of the axis differ').asking).toContain('differ');
    expect(form('my depression is ruining my bones, is that possible').asking).toContain('possible');
    expect(form('is there a role for tailored training plans').asking).toContain('role');
    expect(form('is osteopontin a role model').asking).not.toContain('role');
    expect(form('what are the possible treatments').asking).not.toContain('possible');
    // Not one that qualifies a noun of the question ("an interesting study" is a study of its own kind).
    expect(form('is there an interesting study on it').asking).not.toContain('interesting');
    expect(form('is a problem instance typically characterized as abstract or concrete').asking).toContain(
      'characterized',
    );
    expect(form('did some aspects of the tapes lose legitimacy').asking).toContain('aspects');
    expect(form('what unit is measured to determine circuit complexity').asking).toContain('unit');
    expect(form('to what extent did fermat confirm the validity of fermat numbers').asking).toContain('extent');
    expect(form('which nasa location came around last to the idea of the lor').asking).toContain('idea');
    expect(form('what type/genre of tv show is doctor who').asking).toContain('genre');
    // An avenue is a way: "what therapeutic AVENUES are proposed" asks what is proposed.
    expect(form('what therapeutic avenues are proposed by the authors').asking).toContain('avenues');
    // "What KINDS OF drugs": the kind asked for is the noun after "of" (the head a passage must name).
    expect(form('what kinds of drugs might they develop')).toMatchObject({ asking: ['kinds'], head: ['drugs'] });
    expect(form('what sort of the things')).not.toHaveProperty('head');
    // A closing asking noun after it frames the question, as without "types of" (SQuAD's "what types of European
    // groups were able to avoid the plague?" was declined for "groups").
    expect(form('what types of european groups were able to avoid the plague').asking).toEqual(['types', 'groups']);
    // "New" is what "what is new about this research" asks about: the article's "new field of research".
    expect(form('what is new about this research').asking).not.toContain('new');
  });

  it('reads an instruction ("give the X", "list the X") as "what is the X", and "any tips" as asking', () => {
    expect(form('give the recommended dose of vitamin d').type).not.toBeNull();
    expect(form('any tips 4 both').asking).toContain('tips');
  });

  it('reads "when will" as asking a time to come, which a "not found" reply names', () => {
    expect(form('when will the trials start')).toMatchObject({ type: 'time', amount: 'when' });
    expect(form('when did the trials start').amount).toBeUndefined();
  });

  it('reads "what is the meaning of X" and "what is mean X" as defining X, with no word of meaning to meet', () => {
    for (const question of [
      'what is the meaning of bone brain axis',
      'what is mean bone brain axis',
      "what's the meaning of the bone brain axis?",
    ]) {
      const analyzed = analyzeQuestion(question, []);
      expect(analyzed.kind, question).toBe('definition');
      expect(analyzed.subject, question).toEqual(['bone', 'brain', 'axi']);
      expect(
        analyzed.concepts.map((c) => c.word),
        question,
      ).toEqual(['bone', 'brain', 'axis']);
    }
  });

  it('reads "..., is that true?" as asking the claim before it, not about truth', () => {
    const analyzed = analyzeQuestion('She says bones are just dead scaffolding. Is that true?', []);
    expect(analyzed.concepts.find((c) => c.word === 'true')?.asking).toBe(true);
    expect(analyzed.concepts.find((c) => c.word === 'scaffolding')?.asking).toBeFalsy();
    expect(
      analyzeQuestion('Is that true that bones talk?', []).concepts.find((c) => c.word === 'true')?.asking,
    ).toBeFalsy();
  });

  it('reads "how is X defined / described" as defining X, with no framing verb to meet', () => {
    const analyzed = analyzeQuestion('how is osteoporosis defined in the article', []);
    expect(analyzed.kind).toBe('definition');
    expect(analyzed.subject).toEqual(['osteoporosi']);
    expect(analyzed.concepts.map((c) => c.word)).toEqual(['osteoporosis']);
    expect(analyzeQuestion('how are bones described?', []).subject).toEqual(['bone']);
    expect(analyzeQuestion('how is bone loss measured', []).kind).not.toBe('definition');
  });

  it('reads a general noun after "this" or "these" as pointing back, not as a topic', () => {
    const asking = (question: string) =>
      analyzeQuestion(question, [])
        .concepts.filter((c) => c.asking)
        .map((c) => c.word);
    expect(asking('old people have more this problems?')).toEqual(['problems']);
    expect(asking('who is affected by these two conditions')).toEqual(['conditions']);
    expect(asking('old people have more this two sickness')).toEqual(['sickness']);
    expect(asking('is there anything we can do to help with both problems')).toEqual(['problems']);
    expect(asking('what conditions are linked')).toEqual([]);
    // "Bone problems" are bones: "problems" after a noun names no topic either.
    expect(asking('do depressed people often have bone problems')).toEqual(['problems']);
    // A spell of the state an adjective names; a show's episode is a topic.
    expect(asking('is osteocalcin raised in acute depressive episodes')).toEqual(['episodes']);
    expect(asking('when was the first episode shown')).not.toContain('episode');
    expect(asking('what problems does it cause')).toEqual([]);
  });

  it('reads a normal level as a number asked for, named as asked', () => {
    expect(form('what are normal osteocalcin levels')).toMatchObject({ type: 'count', amount: 'normal levels' });
    expect(form('what is a healthy cortisol level')).toMatchObject({ type: 'count', amount: 'healthy level' });
    expect(form('what happens to osteocalcin levels').type).toBeNull();
    expect(form('what is the normal treatment').type).toBeNull();
  });

  it('reads counts and numbers', () => {
    expect(form('How many neurologists wrote the review?').type).toBe('count');
    expect(form('What is the population of China?').type).toBe('count');
    // "Which" picks one of the things named: "which population" is a group, not a number.
    expect(form('Which population is the focus of the research?').type).toBeNull();
    expect(form('How long did the plague last?').type).toBe('measure');
    expect(form('How old was Elway?').type).toBe('measure');
    expect(form('how fast does bone loss happen').type).toBe('measure');
    // A span of time counted in its units, as "how long" asks; not a count of things.
    expect(form('how many years until a new medicine')).toMatchObject({ type: 'measure', amount: 'how many years' });
    expect(form('how many universities are involved').type).toBe('count');
    // "In total", "altogether": all there are, as any count takes; elsewhere a word like another.
    expect(form('how many authors are there in total').asking).toContain('total');
    expect(form('how many authors are there altogether').asking).toContain('altogether');
    expect(form('what was the total cost of the bridge').asking).not.toContain('total');
    // Things of a kind, which a list of them counts; not people, cases or times.
    expect(form('how many treatments do they suggest').countedKind).toBe('treatments');
    expect(form('how many patients took part').countedKind).toBeUndefined();
    // "What age" asks for one; "what age group" for a group of people by age ("older adults").
    expect(form('what age do people get osteoporosis').type).toBe('measure');
    expect(form('what age group is most affected').type).toBeNull();
    // A learner's "which age people" too; and a verb of what befalls people closes the phrase "age group" asks with.
    expect(form('which age people get this two problem most?').type).toBeNull();
    expect(form('which age group gets both problems most?')).toMatchObject({ type: null });
    expect(form('which age group gets both problems most?').asking).toContain('group');
    expect(form('How quickly did the plague spread?').type).toBe('measure');
    expect(form('How often does it happen?')).toMatchObject({ type: 'frequency', amount: 'how often' });
    expect(form('What age does bone loss start?')).toMatchObject({ type: 'measure', frame: 'age' });
  });

  it('reads times, but not "when" opening a clause', () => {
    expect(form('When was the study published?').type).toBe('time');
    expect(form('It was published when?').type).toBe('time');
    expect(form('In what year did it start?')).toMatchObject({ type: 'time', frame: 'year' });
    expect(form('When a cell divides, what happens to it?').type).toBeNull();
  });

  it('reads people and places, with the noun that names the place', () => {
    expect(form('Who wrote the review?').type).toBe('person');
    expect(form('Where was it published?').type).toBe('place');
    expect(form('Which journal published it?')).toMatchObject({ type: 'place', frame: 'journal' });
    // "What population is vulnerable" asks which group, as "which population" does; not how many.
    expect(form('what population is especially vulnerable').type).toBeNull();
    expect(form('what is the population of China').type).toBe('count');
    // Contracted: "who's" is "who is".
    expect(form("who's li").type).toBe('person');
    expect(form('wheres it published').type).toBe('place');
    // "Based", "located" only say where: the place asked for.
    expect(form('where are the authors based').asking).toEqual(['based']);
    expect(form('how are the data based').asking).toEqual([]);
  });

  it('reads "who gets / is affected / is at risk" as asking for a group of people, "who wrote" for a person', () => {
    expect(form('who gets osteoporosis').type).toBe('group');
    expect(form('who is most affected').type).toBe('group');
    expect(form('who is at risk').type).toBe('group');
    expect(form('who wrote it').type).toBe('person');
  });

  it('reads "the quote", "who is quoted" as asking for a quotation, not the verb a request opens with', () => {
    for (const question of ["what's the quote in the article", 'who is quoted in the piece', 'is anyone quoted?']) {
      expect(form(question).type, question).toBe('quotation');
    }
    expect(form('who does the article quote?').type).toBe('quotation');
    // Past a word that picks one: "a GOOD quote", "a memorable quote".
    expect(form("what's a good quote from the researchers for my essay").type).toBe('quotation');
    expect(form('any memorable quotes?').type).toBe('quotation');
    expect(form('does the article quote anyone?').type).toBe('quotation');
    expect(form('do they quote any experts').type).toBe('quotation');
    // Whoever did the work says nothing more: any quotation is theirs. A name still says whose.
    expect(form('can you give me a quote from the researchers?').asking).toContain('researchers');
    expect(form('a quote from Li please').asking).not.toContain('li');
    for (const question of ['quote the bit about exercise', 'can I quote the authors on the evidence']) {
      expect(form(question).type, question).not.toBe('quotation');
    }
    // The verb with only the people it quotes asks for their words; "directly" says how.
    expect(form('can I quote the researchers directly?')).toMatchObject({
      type: 'quotation',
      asking: expect.arrayContaining(['researchers', 'directly']),
    });
    // "Can you quote them?": whoever "them" stands for, their words.
    expect(form('can you quote them').type).toBe('quotation');
    expect(form('can you quote them on the link').type).toBe('quotation');
  });

  it('reads "why" as asking for a cause or a way', () => {
    expect(form('why would being miserable make my hips weaker').type).toBe('reason');
    expect(form('how does stress weaken bones').type).toBeNull();
  });

  it('marks the words that frame a question rather than say what it is about', () => {
    expect(form('What role does cortisol play?').asking).toEqual(['role', 'play', 'plays', 'played']);
    expect(form('What is the name of the hormone?').asking).toEqual(['name']);
    expect(form("what's the difference between osteocalcin and osteopontin").asking).toEqual(['difference']);
    expect(form('By what mechanism does depression cause bone loss?').asking).toEqual(['mechanism']);
    // A request's verb, also after "can you": "compare", "quote", "list".
    expect(form('compare osteocalcin and osteopontin').asking).toEqual(['compare']);
    expect(form('can you please quote the part about genes').asking).toContain('quote');
    // "What facet", "which branch", "what variable": the kind of part asked for, not a word the text must say.
    expect(form('Innate cells activate what branch of the immune system?').asking).toEqual(['branch']);
    expect(form('What variable is L constrained by?').asking).toEqual(['variable']);
    expect(form('Why is it called an axis?').asking).toEqual(['called']);
    expect(form('What does the acronym LEM stand for?').asking).toEqual(['stand', 'acronym']);
    // What something means is what it is: not a passage that says "this means".
    expect(form('What does the bone-brain axis mean?').asking).toEqual(['mean']);
    expect(form('What does it mean for patients?').asking).toEqual([]);
    // How to say the answer is no part of what it is about.
    expect(form('explain osteocalcin more simply').asking).toEqual(['explain', 'simply']);
    expect(form('what is osteopontin in plain english').asking).toEqual(['in', 'plain', 'english']);
    expect(form('tl;dr of how bones affect mood?').asking).toEqual(['tl', 'dr']);
    // Suggestions of a thing ask for the thing; an idea asked about is no suggestion.
    expect(form('what are the treatment ideas').asking).toEqual(['ideas']);
    expect(form('any tips for exercise').asking).toEqual(['tips']);
    expect(form("what's the idea behind the axis").asking).toEqual([]);
    // How many the question knows there are (in digits) the content need not say.
    expect(form('what are the 3 treatments').asking).toEqual(['3']);
    expect(form('what happened at apollo 4').asking).toEqual([]);
    // An instruction's verb asks for what follows it.
    expect(form('Identify the stress hormone mentioned in the text').asking).toEqual(['identify']);
    expect(form('ok so list the treatments').asking).toEqual(['list']);
    expect(form('Does exercise help?').asking).toEqual([]);
    // Asides that place the question in time or point at what was read.
    expect(form('how strong is the evidence so far').asking).toEqual(['so', 'far', 'strong']);
    expect(form('what should doctors do with this info').asking).toEqual(['this', 'info']);
    expect(form('lemme guess the answer is exercise again').asking).toEqual(['lemme', 'guess']);
    expect(form("what's the strongest claim in the piece").asking).toEqual(
      expect.arrayContaining(['in', 'the', 'piece']),
    );
    // "Is it true", with or without "that", asks only whether what follows is so.
    expect(form('is it true the review was in Nature').asking).toEqual(['is', 'it', 'true']);
    expect(form('is it possible the brain can change').asking).toEqual(['is', 'it', 'possible']);
    expect(form('prove that depression affects bones').asking).toEqual(['prove', 'that']);
    expect(form('is it likely that this changes treatment').asking).toEqual(expect.arrayContaining(['likely']));
    expect(form('how far can osteocalcin travel').asking).toEqual([]);
    // The kind "what/which" asks for is the noun, after a word that ranks or judges.
    expect(form('what is the right dose of neuromodulation').head).toEqual(['dose']);
    expect(form('which hormone is released by bones').head).toEqual(['hormone']);
    // With the words of the compound it may open (up to a stop word, and not a noun that names no kind).
    expect(form('which drug company is making it').head).toEqual(['drug', 'company']);
    expect(form('which journal nature or biomolecules').head).toEqual(['journal']);
    expect(form('which genetic factor is linked to depression').head).toEqual(['genetic']);
    // Past "another" or a count: "another NAME for", "what are the two FACTORS" only frame the question.
    expect(form('what is another name for rotors').asking).toContain('name');
    expect(form('what are two factors that made it hard').asking).toContain('factors');
    // A count opening keywords is how many the asker knows of; not a count of something else ("2025 review").
    expect(form('2 hormones from bone names').asking).toContain('2');
    expect(form('2025 review what').asking).not.toContain('2025');
    expect(form('what two artists came out').head).toEqual(['artists']);
    // Pointing into the text: where, not what about.
    expect(form('which paragraph talks about exercise').asking).toEqual(['paragraph', 'talks']);
    expect(form('which paragraph is osteopontin in').asking).toEqual(['paragraph']);
    expect(form('quote the part about genes').asking).toEqual(['quote', 'part']);
    expect(form('why does the title say study claims').asking).toEqual(['title', 'say']);
    expect(form('what does the title mean by that').asking).toEqual(['title', 'mean']);
    expect(form('who gave him the title khan').asking).toEqual([]);
    expect(form('what part of the brain').asking).toEqual([]);
    expect(form('does swelling play a part').asking).toEqual(['play', 'a', 'part']);
    expect(form('do genes play any role in depression').asking).toEqual(['play', 'any', 'role']);
    expect(form('can exercise make a real difference').asking).toEqual(['make', 'a', 'real', 'difference']);
    expect(form('does it make sense').asking).toEqual([]);
    expect(form('does stress play a big part').asking).toEqual(['play', 'a', 'big', 'part']);
    expect(form('does it play into depression').asking).toEqual([]);
    // A facet of something only referred to frames the question; a facet of something named is asked about.
    expect(form('is there a genetic side to this').asking).toEqual(['side']);
    expect(form("what's the emotional aspect of it").asking).toEqual(['aspect']);
    expect(form('what are the side effects of cortisol').asking).toEqual([]);
    expect(form('is there an emotional side to osteoporosis').asking).toEqual([]);
    expect(form('is there a genetic angle').asking).toEqual(['angle']);
  });
});
