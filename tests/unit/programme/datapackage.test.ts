import { readFileSync } from 'node:fs';
import { makeBank } from '../../helpers/make-bank';
import {
  buildDataPackage,
  DATA_PACKAGE_PROFILE,
  partitionPath,
} from '../../../src/domain/programme/datapackage';

const bank = makeBank();
const input = {
  bank,
  includeText: false,
  partitions: [
    { bankVersion: '1.0.0', year: 2025 },
    { bankVersion: '1.0.0', year: 2026 },
  ],
  created: '2026-11-29T12:00:00.000Z',
};
const golden = JSON.parse(readFileSync('tests/fixtures/programme/datapackage.json', 'utf8'));

describe('datapackage.json', () => {
  test('is the golden descriptor for the test bank', () => {
    expect(buildDataPackage(input)).toEqual(golden);
  });

  test('is a Data Package v2 with one path per partition and table, in hive folders', () => {
    const d = buildDataPackage(input);
    expect(d.$schema).toBe(DATA_PACKAGE_PROFILE);
    expect(DATA_PACKAGE_PROFILE).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(d.resources.map((r) => [r.name, r.format, r.path])).toEqual([
      [
        'answers',
        'parquet',
        [
          'answers/bank_version=1.0.0/year=2025/part-0.parquet',
          'answers/bank_version=1.0.0/year=2026/part-0.parquet',
        ],
      ],
      [
        'partnerships',
        'parquet',
        [
          'partnerships/bank_version=1.0.0/year=2025/part-0.parquet',
          'partnerships/bank_version=1.0.0/year=2026/part-0.parquet',
        ],
      ],
    ]);
    expect(partitionPath('answers', '1.10.0', 2027)).toBe(
      'answers/bank_version=1.10.0/year=2027/part-0.parquet',
    );
  });

  test('gives the agreement scale as ordered integer categories, and the missing reasons as labelled categories', () => {
    const fields = buildDataPackage(input).resources[0]!.schema.fields;
    expect(fields.find((f) => f.name === 'value')).toMatchObject({
      type: 'integer',
      categoriesOrdered: true,
      categories: [
        { value: 1, label: 'Strongly disagree' },
        { value: 2, label: 'Disagree' },
        { value: 3, label: 'Neither agree nor disagree' },
        { value: 4, label: 'Agree' },
        { value: 5, label: 'Strongly agree' },
      ],
    });
    expect(fields.find((f) => f.name === 'missing')!.categories).toEqual([
      { value: 'dont-know', label: bank.scale.dontKnow },
      { value: 'not-applicable', label: bank.scale.notApplicable },
      { value: 'no-answer', label: 'No answer' },
    ]);
  });

  test('every primary key field is a required field, and free text has a field only when included', () => {
    for (const includeText of [false, true]) {
      const d = buildDataPackage({ ...input, includeText });
      for (const r of d.resources) {
        const names = r.schema.fields.map((f) => f.name);
        expect(new Set(names).size).toBe(names.length);
        for (const key of r.schema.primaryKey)
          expect(r.schema.fields.find((f) => f.name === key)?.constraints?.required).toBe(true);
      }
      expect(d.resources[0]!.schema.fields.some((f) => f.name === 'text')).toBe(includeText);
      expect(
        d.resources[0]!.schema.fields.find((f) => f.name === 'kind')!.categories!.map(
          (c) => c.value,
        ),
      ).toEqual(
        includeText
          ? ['agreement', 'choice', 'grid', 'text', 'comment']
          : ['agreement', 'choice', 'grid'],
      );
    }
  });
});
