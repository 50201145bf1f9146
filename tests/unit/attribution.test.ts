import { describe, expect, it } from 'vitest';
import { ACTS_BY_SPEAKER, type Speaker, type Statement } from '../../src/schemas/attribution';
import { PHRASES, STATUSES, phrasesOf, responsibilityInWords, statusOf } from '../../src/lib/attribution';
import { readIncidents } from '../support/content';

const say = (speaker: Speaker, act: string): Statement =>
  ({ speaker, act, who: `${speaker} person`, text: 'Something.' }) as Statement;

/** What the status definitions promise, checked directly on the statements. */
function honours(statements: readonly Statement[]): void {
  const has = (speaker: Speaker, act: string) => statements.some((s) => s.speaker === speaker && s.act === act);
  const onRecord = has('ukraine-official', 'claim') || has('partisan-group', 'claim');
  const status = statusOf(statements);
  const line = responsibilityInWords(statements);
  expect(line.startsWith(STATUSES[status]), line).toBe(true);
  if (status === 'not-claimed') {
    expect(onRecord || has('ukraine-anonymous', 'claim') || has('ukraine-official', 'hint'), line).toBe(false);
    expect(line, 'a line that says "not claimed" never also says "claimed"').not.toMatch(/; [^;]*\bclaimed\b/);
  }
  if (status === 'hinted') expect(onRecord || has('ukraine-anonymous', 'claim')).toBe(false);
  if (status === 'claimed-anonymously') expect(onRecord).toBe(false);
  if (status === 'claimed') expect(onRecord).toBe(true);
  // Everything else that was said is in the line, once.
  for (const phrase of phrasesOf(statements)) expect(line.split(phrase).length - 1, phrase).toBe(1);
}

describe('the responsibility status follows from the statements by rule', () => {
  it('with no statements, the killing is not claimed and nothing else is said', () => {
    expect(responsibilityInWords([])).toBe('Not claimed');
  });
  it('an accusation by Russia does not make a killing "claimed", and is said', () => {
    expect(responsibilityInWords([say('russia-authorities', 'accusation')])).toBe(
      'Not claimed; Russian authorities blame Ukraine',
    );
  });
  it('an anonymous claim with an official hint says both', () => {
    expect(responsibilityInWords([say('ukraine-official', 'hint'), say('ukraine-anonymous', 'claim')])).toBe(
      'Claimed only anonymously; hinted at by Ukrainian officials',
    );
  });
  it('an MP’s praise is an endorsement, not an official hint', () => {
    expect(statusOf([say('ukraine-lawmaker-commander', 'endorsement')])).toBe('not-claimed');
  });
  it('keeps its promises for every kind of statement, alone and with every other', () => {
    const pairs = (Object.entries(ACTS_BY_SPEAKER) as [Speaker, readonly string[]][]).flatMap(([sp, acts]) =>
      acts.map((a) => say(sp, a)),
    );
    expect(pairs.length).toBe(Object.keys(PHRASES).length);
    for (const a of pairs) {
      honours([a]);
      for (const b of pairs) honours([a, b]);
    }
  });
  it('holds every published incident’s summary line against the definitions', () => {
    for (const i of readIncidents()) honours(i.attribution);
  });
});
