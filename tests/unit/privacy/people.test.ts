/**
 * The privacy rule's people (src/domain/privacy/people.ts): labels with no order of arrival,
 * and what may be shown of a person's sector and role. The expected sectors and roles are
 * worked out by hand from the rule's two steps; see each case.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import {
  duplicateLabels,
  listPeople,
  personLabel,
  personLines,
  shownText,
} from '../../../src/domain/privacy/people';
import { HIDDEN_TEXT, mayOfferPersonLines } from '../../../src/domain/privacy/privacy-rule';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { loadRealBank } from '../../bank/real-bank';
import { reordered, sessionArb } from '../../helpers/privacy-sessions';
import { i18n } from '../../../src/i18n';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

function person(id: string, sector?: string, role?: string, extra: object = {}): ResponseEnvelope {
  return {
    format: 'rally-response',
    formatVersion: 2,
    bankId: 'rally-core',
    bankVersion: '1.0.0',
    responseId: id,
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    about: {},
    answers: {
      ...(sector ? { sector } : {}),
      ...(role ? { 'role-level': role } : {}),
      'gov-agreed-purpose': 4,
    },
    comments: {},
    targets: {},
    actions: [],
    ...extra,
  };
}

/** Sector and role text shown for each response id. */
function shown(responses: ResponseEnvelope[]) {
  const { people } = listPeople(bank, 'session-1', responses);
  return Object.fromEntries(
    people.map((p) => [p.responseId, [shownText(p.sector), shownText(p.role)]]),
  );
}

describe('personLabel', () => {
  it('counts A to Z, then AA, AB, ... ZZ, AAA', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(personLabel)).toEqual([
      'Person A',
      'Person B',
      'Person Z',
      'Person AA',
      'Person AB',
      'Person AZ',
      'Person BA',
      'Person ZZ',
      'Person AAA',
    ]);
  });
});

describe('listPeople: sector and role beside a label', () => {
  it('three local authority, two NHS, one resident: the NHS pair and the resident are hidden together', () => {
    // Step 1, sector: local authority (3) is shown; NHS (2) and resident (1) are hidden, 3 in
    // all, enough. Role: nobody gave one, so "Not given" is a group of 6, shown. Step 2: classes
    // (LA, Not given) x 3 and (hidden, Not given) x 3: both 3, so nothing more is hidden.
    const responses = [
      person('a', 'local-authority'),
      person('b', 'nhs-health'),
      person('c', 'local-authority'),
      person('d', 'resident'),
      person('e', 'nhs-health'),
      person('f', 'local-authority'),
    ];
    expect(shown(responses)).toEqual({
      a: ['Local authority', 'Not given'],
      b: [HIDDEN_TEXT, 'Not given'],
      c: ['Local authority', 'Not given'],
      d: [HIDDEN_TEXT, 'Not given'],
      e: [HIDDEN_TEXT, 'Not given'],
      f: ['Local authority', 'Not given'],
    });
  });

  it('four local authority and one resident: the resident cannot be the one left over, so nothing is shown', () => {
    // Step 1: local authority (4) shown, resident (1) hidden: 1 hidden is too few, so the
    // smallest shown group (local authority) is hidden too. Role "Not given" (5) is shown.
    const responses = ['a', 'b', 'c', 'd'].map((id) => person(id, 'local-authority'));
    responses.push(person('e', 'resident'));
    expect(Object.values(shown(responses))).toEqual(
      Array.from({ length: 5 }, () => [HIDDEN_TEXT, 'Not given']),
    );
  });

  it('hides the role for everyone when sector and role together would single someone out', () => {
    // Step 1: sectors LA 3 and NHS 3 shown; roles senior 3 and frontline 3 shown. Step 2: LA
    // frontline (1) and NHS senior (1) are classes of one, so one of the two is hidden for
    // everyone. Both show two groups: on a tie the sector is kept.
    const responses = [
      person('a', 'local-authority', 'senior-leader'),
      person('b', 'local-authority', 'senior-leader'),
      person('c', 'local-authority', 'frontline'),
      person('d', 'nhs-health', 'senior-leader'),
      person('e', 'nhs-health', 'frontline'),
      person('f', 'nhs-health', 'frontline'),
    ];
    expect(shown(responses)).toEqual({
      a: ['Local authority', HIDDEN_TEXT],
      b: ['Local authority', HIDDEN_TEXT],
      c: ['Local authority', HIDDEN_TEXT],
      d: ['NHS or health', HIDDEN_TEXT],
      e: ['NHS or health', HIDDEN_TEXT],
      f: ['NHS or health', HIDDEN_TEXT],
    });
  });

  it('hides a large sector group too when only a pair would be left hidden', () => {
    // Sectors: LA 4, resident 2: the resident pair alone would be hidden (2, too few), so LA is
    // hidden as well and no sector is shown. Roles: senior 3, manager 3, shown. Step 2: classes
    // (hidden, senior) 3 and (hidden, manager) 3: nothing more to hide.
    const responses = [
      person('a', 'local-authority', 'senior-leader'),
      person('b', 'local-authority', 'senior-leader'),
      person('c', 'local-authority', 'manager'),
      person('d', 'local-authority', 'manager'),
      person('e', 'resident', 'senior-leader'),
      person('f', 'resident', 'manager'),
    ];
    expect(shown(responses)).toEqual({
      a: [HIDDEN_TEXT, 'Senior leader'],
      b: [HIDDEN_TEXT, 'Senior leader'],
      c: [HIDDEN_TEXT, 'Manager'],
      d: [HIDDEN_TEXT, 'Manager'],
      e: [HIDDEN_TEXT, 'Senior leader'],
      f: [HIDDEN_TEXT, 'Manager'],
    });
  });

  it('when sector and role together single someone out, keeps the one that shows more groups', () => {
    // Step 1: sectors LA 6 and NHS 3 (two groups); roles senior, manager and frontline 3 each
    // (three groups). Step 2: LA manager is a class of 2 and LA frontline of 1, so one of the two
    // is hidden for everyone: the role shows more groups, so the sector goes.
    const mix: [string, string][] = [
      ['local-authority', 'senior-leader'],
      ['local-authority', 'senior-leader'],
      ['local-authority', 'senior-leader'],
      ['local-authority', 'manager'],
      ['local-authority', 'manager'],
      ['local-authority', 'frontline'],
      ['nhs-health', 'manager'],
      ['nhs-health', 'frontline'],
      ['nhs-health', 'frontline'],
    ];
    const responses = mix.map(([s, r], i) => person(`p${i}`, s, r));
    const labels = {
      'senior-leader': 'Senior leader',
      manager: 'Manager',
      frontline: 'Frontline practitioner',
    };
    expect(shown(responses)).toEqual(
      Object.fromEntries(
        mix.map(([, r], i) => [`p${i}`, [HIDDEN_TEXT, labels[r as keyof typeof labels]]]),
      ),
    );
  });

  it('reads the sector from `about` when the answer is missing, and treats an unknown one as Not given', () => {
    const responses = [
      person('a', undefined, undefined, { about: { sector: 'resident' } }),
      person('b', undefined, undefined, { about: { sector: 'resident' } }),
      person('c', 'resident'),
      person('d', undefined, undefined, { about: { sector: 'retired-option' } }),
      person('e'),
      person('f'),
    ];
    expect(shown(responses)).toEqual({
      a: ['Resident or community member', 'Not given'],
      b: ['Resident or community member', 'Not given'],
      c: ['Resident or community member', 'Not given'],
      d: ['Not given', 'Not given'],
      e: ['Not given', 'Not given'],
      f: ['Not given', 'Not given'],
    });
  });

  it('shows nothing for one or two people', () => {
    expect(Object.values(shown([person('a', 'local-authority', 'manager')]))).toEqual([
      [HIDDEN_TEXT, HIDDEN_TEXT],
    ]);
    const two = listPeople(bank, 's', [person('a', 'resident'), person('b', 'resident')]);
    expect([two.showsSector, two.showsRole]).toEqual([false, false]);
  });
});

describe('listPeople: labels', () => {
  it('labels Person A, B, ... in an order that does not depend on the order of arrival', () => {
    fc.assert(
      fc.property(sessionArb(bank), fc.array(fc.integer(), { minLength: 1 }), (g, keys) => {
        const a = listPeople(bank, g.session.session.id, g.session.responses);
        const b = listPeople(bank, g.session.session.id, reordered(g.session, keys).responses);
        const view = (p: typeof a) =>
          p.people.map((x) => [x.label, x.responseId, shownText(x.sector), shownText(x.role)]);
        expect(view(b)).toEqual(view(a));
        expect(a.people.map((p) => p.label)).toEqual(
          g.session.responses.map((_, i) => personLabel(i)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('does not follow the order of arrival or of the response ids', () => {
    // Ten responses arriving in id order: a label order that copied either would give A to the
    // first. Over ten people the chance that a hash order matches exactly is 1 in 3.6 million.
    const responses = Array.from({ length: 10 }, (_, i) => person(`r${i}`));
    const order = listPeople(bank, 'session-1', responses).people.map((p) => p.responseId);
    expect(order).not.toEqual(responses.map((r) => r.responseId));
    expect(new Set(order)).toEqual(new Set(responses.map((r) => r.responseId)));
  });

  it('gives different sessions different orders, so a label says nothing across sessions', () => {
    const responses = Array.from({ length: 10 }, (_, i) => person(`r${i}`));
    const one = listPeople(bank, 'session-1', responses).people.map((p) => p.responseId);
    const two = listPeople(bank, 'session-2', responses).people.map((p) => p.responseId);
    expect(two).not.toEqual(one);
  });
});

describe('personLines and duplicateLabels', () => {
  it('offers lines only from 3 people, one per person by label, never naming a group', () => {
    expect([0, 1, 2, 3, 60].map(mayOfferPersonLines)).toEqual([false, false, false, true, true]);
    const two = listPeople(bank, 's', [person('a', 'resident'), person('b', 'resident')]);
    expect(personLines(two, [[50, 60]])).toEqual([]);
    const three = listPeople(bank, 's', [
      person('a', 'resident'),
      person('b', 'resident'),
      person('c', 'local-authority'),
    ]);
    const lines = personLines(three, [
      [10, 20, 30],
      [40, null, 60],
    ]);
    expect(lines.map((l) => i18n._(l.name))).toEqual(['Person A', 'Person B', 'Person C']);
    expect(lines.map(({ name: _name, ...line }) => line)).toEqual([
      { index: 0, label: 'Person A', values: [10, 40] },
      { index: 1, label: 'Person B', values: [20, null] },
      { index: 2, label: 'Person C', values: [30, 60] },
    ]);
  });

  it('names people with exactly the same answers by their labels', () => {
    const people = listPeople(bank, 's', [
      person('a', 'resident'),
      person('b', 'local-authority'),
      person('c', 'resident'),
    ]);
    const labelOf = (id: string) => people.people.find((p) => p.responseId === id)!.label;
    expect(duplicateLabels(bank, people)).toEqual([
      [labelOf('a'), labelOf('c')].sort((x, y) => x.localeCompare(y)),
    ]);
  });
});
