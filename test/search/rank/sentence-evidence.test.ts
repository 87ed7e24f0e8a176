import { describe, expect, it } from 'vitest';
import { spellsOut } from '../../../src/search/rank/sentence-evidence.js';

describe('spellsOut', () => {
  it('finds capitalised words whose initials are the letters, with small lowercase words between them', () => {
    expect(spellsOut('the Command/Service Module (CSM) in which', 'CSM')).toBe(true);
    expect(spellsOut('– "Time and Relative Dimension in Space" –', 'TARDIS')).toBe(true);
    expect(spellsOut('The Very high-speed Backbone Network Service', 'vBNS')).toBe(true);
  });

  it('does not take the letters themselves, a lowercase start or a capital that breaks the order', () => {
    expect(spellsOut('The CSM docked.', 'CSM')).toBe(false);
    expect(spellsOut('command service module', 'CSM')).toBe(false);
    expect(spellsOut('Command Lunar Service Module', 'CSM')).toBe(false);
  });
});
