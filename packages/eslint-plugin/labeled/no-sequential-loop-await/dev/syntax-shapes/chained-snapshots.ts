// case: a backup tool applies each incremental snapshot on top of the state the previous one produced
// category: syntax-shapes
// why: not reported: the index loop passes `previous`, the result of the earlier iteration's await,
//      into the next call, so each iteration depends on the one before
import { loadSnapshot, applyDelta, type State } from './snapshots';

export async function restore(base: State, deltaIds: string[]): Promise<State> {
  let previous: State = base;
  for (let i = 0; i < deltaIds.length; i++) {
    const delta = await loadSnapshot(deltaIds[i]);
    previous = await applyDelta(previous, delta);
    console.log(`applied ${i + 1}/${deltaIds.length}`);
  }
  return previous;
}
