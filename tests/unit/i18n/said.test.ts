/**
 * The domain's messages given as English text (src/domain/said.ts): the English of a written-out
 * descriptor, with plurals and messages inside messages, and the way back to the catalogue.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { activate, i18n } from '../../../src/i18n';
import { english, known, messageFor, sentence, translated } from '../../../src/domain/said';
import { FILE_MESSAGES } from '../../../src/domain/response/file-messages';
import { KEPT_ASIDE_REASONS } from '../../../src/state/stored-assessment';

afterEach(async () => {
  await activate('en');
});

const more = (count: number) => ({
  id: 'and {more, plural, one {# more problem} other {# more problems}}',
  message: 'and {more, plural, one {# more problem} other {# more problems}}',
  values: { more: count },
});

describe('english', () => {
  it('fills in values and picks the English plural form, numbers written the British way', () => {
    expect(english(more(1))).toBe('and 1 more problem');
    expect(english(more(12000))).toBe('and 12,000 more problems');
  });

  it('puts a message inside a message, and a list of them joined by semicolons', () => {
    const details = [
      { id: 'the file', message: 'the file' },
      { id: 'its identifier', message: 'its identifier' },
    ];
    expect(FILE_MESSAGES.damaged('session', details)).toBe(
      'The session file is damaged or was changed by hand, so it cannot be read: the file; its identifier.',
    );
  });

  it('gives a message that starts a sentence a capital', () => {
    expect(english(sentence({ id: 'section {n}', message: 'section {n}', values: { n: 3 } }))).toBe(
      'Section 3',
    );
  });
});

describe('translated', () => {
  it('shows a text the domain made in the language in use, and any other text as it is', async () => {
    const text = FILE_MESSAGES.notJson;
    expect(messageFor(text)).toBeDefined();
    await activate('cy');
    expect(translated(i18n, text)).toBe(
      'Nid oedd modd darllen y ffeil. Efallai ei bod wedi’i difrodi, neu efallai nad yw’n ffeil a gadwyd gan Rally.',
    );
    expect(translated(i18n, 'rally-answers.json')).toBe('rally-answers.json');
  });

  it('translates the nested parts and plural of a damaged file’s details', async () => {
    const text = FILE_MESSAGES.damaged('response', [more(2)]);
    await activate('cy');
    expect(translated(i18n, text)).toBe(
      'Mae’r ffeil ymateb wedi’i difrodi neu wedi’i newid â llaw, felly nid oes modd ei darllen: a 2 problem arall.',
    );
  });

  it('knows a reason stored on the device in English, read back on a later visit', async () => {
    // The stored text is a plain copy, not the object the store made.
    const stored = `${KEPT_ASIDE_REASONS.newer}`.slice(0);
    await activate('cy');
    expect(translated(i18n, stored)).toMatch(
      /^Cafodd yr atebion a gadwyd eu gwneud gan fersiwn mwy newydd/,
    );
    expect(known({ id: 'the file', message: 'the file' })).toBe('the file');
  });
});
