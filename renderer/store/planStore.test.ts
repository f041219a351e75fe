import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../shared/model/defaults';
import { twoHostPlan } from '../../shared/test-support/plans';
import { commitPlan, createPlanStore, replacePlan, setSavedPlan } from './planStore';

const usePlanStore = createPlanStore();
const dirty = (): boolean => usePlanStore.getState().dirty;
const getPlan = () => usePlanStore.getState().plan;

describe('unsaved changes: the plan saved or opened last against the current one', () => {
  it('is clean after opening, dirty after an edit, clean again when undone to the saved plan', () => {
    const opened = twoHostPlan();
    replacePlan(usePlanStore, opened);
    expect(dirty()).toBe(false);
    commitPlan(usePlanStore, { ...opened, name: 'Renamed' });
    expect(dirty()).toBe(true);
    usePlanStore.temporal.getState().undo();
    expect(getPlan()).toBe(opened);
    expect(dirty()).toBe(false);
    usePlanStore.temporal.getState().redo();
    expect(dirty()).toBe(true);
    // Marking dirty/clean records no undo step.
    expect(usePlanStore.temporal.getState().pastStates).toHaveLength(1);
  });

  it('follows Save: the saved plan becomes the reference, and undoing past it is a change', () => {
    const opened = twoHostPlan();
    replacePlan(usePlanStore, opened);
    const edited = { ...opened, name: 'Edited' };
    commitPlan(usePlanStore, edited);
    setSavedPlan(usePlanStore, edited);
    expect(dirty()).toBe(false);
    usePlanStore.temporal.getState().undo();
    expect(dirty()).toBe(true);
  });

  it('treats restored work (no saved plan) as unsaved until it is saved', () => {
    replacePlan(usePlanStore, emptyPlan('Restored'));
    setSavedPlan(usePlanStore, null);
    expect(dirty()).toBe(true);
    setSavedPlan(usePlanStore, getPlan());
    expect(dirty()).toBe(false);
  });
});
