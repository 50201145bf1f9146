/** Editors' text with values the site fills in: `{count}` and the like. */
import { describe, expect, it } from 'vitest';
import { fillTexts } from '../../src/lib/template';
import { refusal } from '../support/refusal';

const source = { file: 'content/pages/data.mdx', entry: 'data' };

describe('fillTexts', () => {
  it('fills every name, wherever a translation puts it, and leaves other text alone', () => {
    expect(
      fillTexts(
        { standfirst: 'The {count} incidents, {count} in all.', title: 'Data: {year}–{count}', kicker: 'Data' },
        { count: 11, year: '2022' },
        source,
      ),
    ).toEqual({ standfirst: 'The 11 incidents, 11 in all.', title: 'Data: 2022–11', kicker: 'Data' });
  });

  it('fills an empty value as nothing, so an optional sentence can be left out', () => {
    expect(fillTexts({ text: 'One. {extra} Two.' }, { extra: '' }, source).text).toBe('One.  Two.');
  });

  it('refuses a name it has no value for, naming file, entry, field and the names it may use', () => {
    expect(refusal(() => fillTexts({ standfirst: 'The {cuont} incidents' }, { count: 11 }, source))).toContain(
      'content/pages/data.mdx, entry "data", field "standfirst": {cuont} is not a value the site fills in; it may use {count}',
    );
    expect(refusal(() => fillTexts({ title: 'Methodology {count}' }, {}, source))).toContain(
      'field "title": {count} is not a value the site fills in; it may use none',
    );
  });

  it('reports every unknown name at once', () => {
    const message = refusal(() => fillTexts({ title: '{a}', description: '{b}' }, {}, source));
    expect(message).toContain('field "title": {a}');
    expect(message).toContain('field "description": {b}');
  });
});
