import { beforeAll, describe, expect, it } from 'vitest';
import { asksForAdvice, questionIntent } from '../../commands/intents.js';
import { loadContent } from '../../src/content/load.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { runNow } from '../support/commands.js';

describe('questionIntent', () => {
  it('reads questions about the article itself as asking for the overview', () => {
    for (const q of [
      'What is this article about?',
      "what's it about",
      'tl;dr',
      'TLDR',
      'give me the gist',
      'summary please',
      'Summarize the article for me',
      'what does the study say?',
      'hi, what is this article about?',
      'ok so what is this article about',
      'so, um, tl;dr?',
      'main point?',
      'the short version please',
      "what's the big takeaway",
      'key takeaways?',
      'bottom line?',
      'what is the main idea of the article',
      "what's the key idea in the piece?",
      // What stands out in it: its gist.
      "what's the most surprising idea in the piece?",
      'what is the most important finding?',
      'most interesting thing in this article?',
      'the big picture please',
      'whats this about',
      'what is this all about?',
      'summarize this article pls',
      'can u summarise it in one sentence',
      'can u sum it up',
      // How short, after any form.
      'can you sum it up in a sentence',
      'the gist in a few words',
      'tl;dr for me',
      'in one sentence?',
      'in short',
      'explain like im 5',
      "explain it like I'm five",
      // A student's words, and why they ask.
      'for my essay, what is the main argument of the article?',
      'what is the thesis of the review?',
      'what does the paper argue',
      'main findings?',
      'the conclusion of the study',
      'quick q: tl;dr?',
      // A sigh or a shrug first.
      'ugh fine, what is this article about',
      'seriously, tl;dr',
      // "They" for the authors.
      "what's the main point they make",
      'the key message the authors give',
      // A name typed after "@" that Discord did not turn into a mention.
      "@bot what's this article about",
      // Asked to explain or describe the text itself, or what it is.
      'explain this article to me',
      'can you explain the study in two sentences',
      'describe the research',
      'what is the study?',
      "what's this review",
      // A summary of a size or for someone: "a good one-line summary", "three key points I could teach".
      "what's a good one-line summary of the findings for students?",
      'what are three key points I could teach from this article?',
      'a quick summary for my mum',
    ]) {
      expect(questionIntent(q), q).toBe('overview');
    }
    // Not what the text is about a thing of it, nor "what is it", which follows up on what came before.
    for (const q of ['describe osteocalcin', 'what is it', 'who wrote the review']) {
      expect(questionIntent(q), q).toBeUndefined();
    }
  });

  it('reads asking where the answers come from as asking for the source', () => {
    for (const q of [
      "what's the source?",
      'whats the source for that',
      'source?',
      'show me the source',
      'can I see the link to the article',
      'where is this from?',
      'where did you get this from',
      'where did you get this',
      'where can I read the article',
      'how do I cite this',
      'where can I read the full paper',
      'where can i find the original',
      // The citation shows the title, the publisher and the journal.
      "what's the title of the article",
      'headline?',
      'what is the article called',
      'what website published this',
      'which site is this from',
      'who published the study',
      // Asking whether there is one, whether or not the content has an address.
      'is there a link to the study?',
      'got a source?',
    ]) {
      expect(questionIntent(q), q).toBe('source');
    }
    // What kind of study it is, which the citation says, told by the passage on the study.
    for (const q of [
      'is this a new study or a review?',
      'what kind of study is this?',
      'Is the source a review or a clinical trial?',
      'what type of study design is this?',
      'how was the research done?',
      'what kind of paper is the original source?',
    ]) {
      expect(questionIntent(q), q).toBe('study');
    }
    // The source of something the article talks about, and "the link" (which may be the one it is about), are
    // questions about what it says.
    for (const q of [
      "what's the source of osteocalcin",
      // The kind of research still to be done is something the article says.
      'what kind of research',
      'how is it made',
      'what is the link?',
      'link between bones and mood',
      'is there a link between depression and bones?',
      'where does it come from?',
      "what's the main idea behind neuromodulation",
      'what is the takeaway about exercise',
      "what's the name of the hormone",
      "what's it called",
      'what is the title of the osteocalcin paragraph about',
      // What the authors conclude is answered by the passages that conclude, not the overview.
      'what do they conclude',
      "what's their main claim",
      // A summary of one thing the article says is about that thing; a takeaway for patients is what it means for them.
      'what is the summary of the osteocalcin findings?',
      "what's the big takeaway for patients",
      // What stands out of one thing is about that thing.
      "what's the most interesting thing about osteocalcin?",
    ]) {
      expect(questionIntent(q), q).toBeUndefined();
    }
  });

  it('reads questions about the bot as asking for the help', () => {
    for (const q of [
      'help',
      'Help!',
      'what can you do?',
      'commands',
      'how do I use this bot?',
      'who are you',
      'ok so help',
      'what can I ask?',
      'what can i ask u about',
      'who made you',
      'are you a bot?',
      'r u an AI',
      'is this a real person',
      "what's this bot",
    ]) {
      expect(questionIntent(q), q).toBe('help');
    }
  });

  it.each([
    ['greeting', ['hi', 'Hello bot!', 'hey there', 'good morning everyone', 'good afternoon']],
    ['thanks', ['thanks!', 'thank you so much', 'ty bot', 'ok thanks', 'cheers', 'thanks in advance']],
    [
      'acknowledgement',
      [
        'ok',
        'cool',
        'lol',
        'makes sense',
        'good bot',
        'interesting!',
        'yes',
        'yep',
        'fair enough',
        'ok cool',
        'oh ok, nice',
      ],
    ],
    ['confusion', ['huh?', 'i dont understand', 'wdym', "I'm confused", 'can you say that in simpler words']],
    ['complaint', ["that's wrong", 'thats not what i asked', 'wrong answer', 'not helpful', "that didn't help"]],
    [
      'crisis',
      [
        'I feel suicidal',
        'i want to kill myself',
        "honestly I don't want to live anymore",
        'im suicidal what do i do',
        'i just wanna die',
      ],
    ],
    ['not-english', ['¿qué es la osteocalcina?', 'como funciona el eje hueso cerebro', '骨质疏松症是什么']],
  ] as const)('reads %s, not a question about the content', (intent, messages) => {
    for (const message of messages) expect(questionIntent(message), message).toBe(intent);
  });

  it('leaves questions near those alone', () => {
    // Questions about the subject of a crisis, English with a foreign name or a typo, and a question after a hello.
    for (const q of [
      'does depression raise suicide risk?',
      'can osteoporosis kill you',
      'does it hurt',
      'what is el nino',
      'wat is osteoporosis',
      "who's li",
      'who is de Jong',
      'hi, what does osteocalcin do?',
      'thanks, but what about cortisol?',
      'ok so what is cortisol',
      "i don't understand what osteocalcin does",
      'what is wrong with my bones',
      // In a conversation, what "it" stood for: "what does the bone-brain axis mean".
      'what does it mean',
      'what does bidirectional mean',
      'ok so osteocalcin is a hormone?',
    ]) {
      expect(questionIntent(q), q).toBeUndefined();
    }
  });

  it('leaves questions about what the article says to the search', () => {
    for (const q of [
      'help with depression',
      'what is osteocalcin?',
      'who wrote this?',
      'what does osteopontin do?',
      'does exercise help both?',
      'what is the summary of the evidence on cortisol?',
      'explain cortisol',
      'eli5 the bone brain axis',
      'what is this about osteocalcin',
      'sum of bones',
      'what can I ask my doctor about osteoporosis',
      'what did the researchers conclude?',
      'what are the findings about osteocalcin',
      'for my essay, what does osteocalcin do?',
    ]) {
      expect(questionIntent(q), q).toBeUndefined();
    }
  });
});

describe('asksForAdvice', () => {
  it('tells a question on the asker’s own situation from one on what the article says', () => {
    for (const q of [
      'should I stop taking my antidepressants',
      'what do i do',
      'is it safe for me to run?',
      'am I at risk',
      'my doctor wants me on bisphosphonates, is that a good idea?',
      'should my mum get her bones checked',
    ]) {
      expect(asksForAdvice(q), q).toBe(true);
    }
    for (const q of [
      'what should doctors do',
      'is exercise safe for older adults',
      'what did the study find',
      'is the bone-brain axis a new idea',
    ]) {
      expect(asksForAdvice(q), q).toBe(false);
    }
  });
});

describe('/ask routing', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = KnowledgeBase.build(loadContent(`${PROJECT_ROOT}/content`));
  });
  const ask = (question: string) => runNow('ask', { question }, { kb });

  it('answers "what is this article about?" with the overview and "help" with the help', () => {
    expect(ask('What is this article about?')?.kind).toBe('overview');
    expect(ask('help')?.kind).toBe('help');
    expect(ask('hi')?.kind).toBe('help');
    expect(ask('thanks!')).toMatchObject({ kind: 'notice', message: expect.stringContaining('welcome') });
    expect(ask('ok')).toMatchObject({ kind: 'notice', tone: 'info' });
    // Every command that takes a question points someone in danger to helplines first.
    for (const [command, options] of [
      ['ask', { question: 'I feel suicidal' }],
      ['axis', { question: 'I feel suicidal' }],
      ['Ask the article', { question: 'i want to kill myself' }],
    ] as const) {
      expect(runNow(command, options, { kb }), command).toMatchObject({
        kind: 'notice',
        message: expect.stringContaining('988'),
      });
    }
    expect(runNow('axis', { question: '¿qué es la osteocalcina?' }, { kb })).toMatchObject({ kind: 'notice' });
    // Advice is not what an article's quotes give, and the reply says so.
    expect(ask('should I exercise if I have osteoporosis')).toMatchObject({
      kind: 'answer',
      heading: expect.stringContaining('not advise you personally'),
    });
  });

  it('answers "what\'s the source?" with the citation of the article', () => {
    expect(ask("what's the source?")).toMatchObject({ kind: 'citation', article: { id: 'bone-brain-axis' } });
  });

  it('still searches the passages for everything else', () => {
    const reply = ask('What is osteocalcin?');
    expect(reply?.kind).toBe('answer');
    expect(reply?.kind === 'answer' && reply.answer.passages[0]?.paragraph).toBe(5);
  });
});
