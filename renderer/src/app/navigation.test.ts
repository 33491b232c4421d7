import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { AREA_IDS, areaFromHash, hashOf } from './areas';
import { followLocationHash, useNavigation } from './navigation';

describe('areaFromHash', () => {
  it('reads every area back from its own hash', () => {
    for (const id of AREA_IDS) expect(areaFromHash(hashOf(id))).toBe(id);
  });

  it('opens the overview for an empty or unknown hash', () => {
    expect(areaFromHash('')).toBe('overview');
    expect(areaFromHash('#/')).toBe('overview');
    expect(areaFromHash('#/khong-co')).toBe('overview');
  });
});

describe('navigation store', () => {
  it('starts on the area in the address, so a reload keeps the place', () => {
    window.location.hash = '#/cai-dat';
    const stop = followLocationHash();
    expect(useNavigation.getState().area).toBe('settings');
    stop();
  });

  it('follows the hash when it changes (links, typed addresses)', async () => {
    const stop = followLocationHash();
    window.location.hash = '#/khen-thuong';
    await waitFor(() => expect(useNavigation.getState().area).toBe('awards'));
    stop();
  });

  it('writes the area into the hash when going somewhere', () => {
    useNavigation.getState().go('households');
    expect(window.location.hash).toBe('#/ho-gia-dinh');
    expect(useNavigation.getState().area).toBe('households');
  });

  it('goes back to the previous area with the browser history', async () => {
    const stop = followLocationHash();
    useNavigation.getState().go('units');
    useNavigation.getState().go('reports');
    window.history.back();
    await waitFor(() => expect(useNavigation.getState().area).toBe('units'));
    stop();
  });

  it('keeps the page inside an area, such as the detail of a record', async () => {
    const stop = followLocationHash();
    useNavigation.getState().go('people', 42);
    expect(window.location.hash).toBe('#/ca-nhan/42');
    window.location.hash = '#/don-vi/7';
    await waitFor(() => expect(useNavigation.getState()).toMatchObject({ area: 'units', subpath: ['7'] }));
    stop();
  });

  it('stops following once unsubscribed', async () => {
    const stop = followLocationHash();
    stop();
    window.location.hash = '#/bao-cao';
    await new Promise((r) => setTimeout(r, 20));
    expect(useNavigation.getState().area).toBe('overview');
  });
});
