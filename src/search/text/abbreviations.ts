/**
 * Abbreviations of health and science that people type in questions ("MDD", "BMD", "RCTs"), with the words they
 * stand for. General English of the field, whatever the article; acronyms.ts reads one as its words only where the
 * content has the words' head ("density" for BMD). Three letters or more: two-letter ones ("MS", "AD") are too
 * often something else.
 */

import { wordTable } from './text.js';

const ABBREVIATIONS = wordTable<string>({
  adhd: 'attention deficit hyperactivity disorder',
  bbb: 'blood brain barrier',
  bmd: 'bone mineral density',
  bmi: 'body mass index',
  cbt: 'cognitive behavioural therapy',
  cns: 'central nervous system',
  crp: 'c-reactive protein',
  csf: 'cerebrospinal fluid',
  cvd: 'cardiovascular disease',
  dexa: 'bone density scan',
  dxa: 'bone density scan',
  ect: 'electroconvulsive therapy',
  gad: 'generalised anxiety disorder',
  gwas: 'genome-wide association study',
  hpa: 'hypothalamic pituitary adrenal',
  hrt: 'hormone replacement therapy',
  icu: 'intensive care unit',
  mdd: 'major depressive disorder',
  mri: 'magnetic resonance imaging',
  nsaid: 'non-steroidal anti-inflammatory drug',
  ocd: 'obsessive compulsive disorder',
  pns: 'peripheral nervous system',
  ptsd: 'post-traumatic stress disorder',
  qol: 'quality of life',
  rct: 'randomised controlled trial',
  snp: 'single nucleotide polymorphism',
  snri: 'serotonin norepinephrine reuptake inhibitor',
  ssri: 'selective serotonin reuptake inhibitor',
  tms: 'transcranial magnetic stimulation',
  tnf: 'tumour necrosis factor',
});

/** The words a lowercase abbreviation stands for, if it is one of the field's. */
export function abbreviated(acronym: string): string | undefined {
  return ABBREVIATIONS[acronym];
}
