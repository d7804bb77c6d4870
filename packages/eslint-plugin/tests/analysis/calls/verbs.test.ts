import { describe, expect, it } from 'vitest';

import { DEFAULT_EFFECT_VERBS, getVerbs, GUARD_VERBS, kindOfEffectVerb, ORDERED_VERBS, WRITE_VERBS } from '../../../src/analysis/calls/verbs.js';

describe('getVerbs', () => {
  it.each([
    ['findOrCreateUser', ['find', 'create']],
    ['get_user', ['get']],
    ['fetchAndThenStore', ['fetch', 'store']],
    ['openFor', []],
    ['closeTo', []],
    ['openPullRequests', []],
    ['openFile', ['open']],
    ['softDelete', ['delete']],
    ['bulkCreate', ['create']],
    ['tryLock', ['lock']],
    ['syncAll', ['sync']],
    ['batch', ['batch']],
    ['lpush', ['lpush']],
  ])('%s', (name, verbs) => {
    expect(getVerbs(name)).toEqual(verbs);
  });
});

describe('effect verbs', () => {
  it('sorts each verb into one kind', () => {
    expect(kindOfEffectVerb('insert')).toBe('write');
    expect(kindOfEffectVerb('validate')).toBe('guard');
    expect(kindOfEffectVerb('click')).toBe('ordered');
    expect(kindOfEffectVerb('someVerbAUserAdded')).toBe('ordered');
  });

  it('lists every verb once, and each of the three lists holds only its own', () => {
    expect(new Set(DEFAULT_EFFECT_VERBS).size).toBe(DEFAULT_EFFECT_VERBS.length);
    for (const verb of WRITE_VERBS) expect(GUARD_VERBS.includes(verb) || ORDERED_VERBS.includes(verb), verb).toBe(false);
    for (const verb of GUARD_VERBS) expect(ORDERED_VERBS.includes(verb), verb).toBe(false);
  });
});

describe('getVerbs: conjunctions and later nouns', () => {
  it('takes the first word and the words after and/or/then', () => {
    expect(getVerbs('findOrCreateUser')).toEqual(['find', 'create']);
    expect(getVerbs('fetchAndStoreToken')).toEqual(['fetch', 'store']);
    expect(getVerbs('loadThenSave')).toEqual(['load', 'save']);
  });

  it('does not take nouns that look like verbs later in the name', () => {
    expect(getVerbs('getPostUpdates')).toEqual(['get']);
    expect(getVerbs('getUserSettings')).toEqual(['get']);
  });
});
