import { describe, expect, it } from 'vitest';
import { ACTS_BY_SPEAKER, type Speaker, type Statement } from '../../src/schemas/attribution';
import { PHRASE_ORDER, phrasesOf, responsibilityInWords, statusOf } from '../../src/lib/attribution';
import { ui } from '../../src/i18n/ui';
import { readIncidents } from '../support/content';

const en = ui('en');

const say = (speaker: Speaker, act: string): Statement =>
  ({ speaker, act, who: `${speaker} person`, text: 'Something.' }) as Statement;

/** What the status definitions promise, checked directly on the statements. */
function honours(statements: readonly Statement[]): void {
  const has = (speaker: Speaker, act: string) => statements.some((s) => s.speaker === speaker && s.act === act);
  const onRecord = has('ukraine-official', 'claim') || has('partisan-group', 'claim');
  const status = statusOf(statements);
  const line = responsibilityInWords(statements);
  expect(line.startsWith(en.vocabulary.statuses[status].label), line).toBe(true);
  if (status === 'not-claimed') {
    expect(onRecord || has('ukraine-anonymous', 'claim') || has('ukraine-official', 'hint'), line).toBe(false);
    expect(line, 'a line that says "not claimed" never also says "claimed"').not.toMatch(/; [^;]*\bclaimed\b/);
  }
  if (status === 'hinted') expect(onRecord || has('ukraine-anonymous', 'claim')).toBe(false);
  if (status === 'claimed-anonymously') expect(onRecord).toBe(false);
  if (status === 'claimed') expect(onRecord).toBe(true);
  // Everything else that was said is in the line, once.
  for (const pair of phrasesOf(statements)) {
    const phrase = en.entries.attribution.phrases[pair];
    expect(line.split(phrase).length - 1, phrase).toBe(1);
  }
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
    expect(pairs.length).toBe(PHRASE_ORDER.length);
    for (const a of pairs) {
      honours([a]);
      for (const b of pairs) honours([a, b]);
    }
  });
  it('says the status and the rest in the words of each edition, at the same strength', () => {
    const said = [say('ukraine-official', 'hint'), say('russia-authorities', 'accusation')];
    expect(responsibilityInWords(said, 'ru')).toBe(
      'Ответственность не заявлена, но на нее намекали; российские власти обвиняют Украину',
    );
    expect(responsibilityInWords([say('ukraine-official', 'no-comment')], 'uk')).toBe(
      'Відповідальності не взято; Київ офіційно не коментує',
    );
  });
  it('holds every published incident’s summary line against the definitions', () => {
    for (const i of readIncidents()) honours(i.attribution);
  });
});
