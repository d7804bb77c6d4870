// case: a settings screen in a web app reads the state of several permissions, then asks for missing ones
// category: local-helpers
// why: readPermissionStates loops over a fixed array and each navigator.permissions.query only reads a
//      state (no prompt) into a Map: a report; requestMissing shows one browser prompt per iteration
//      (discarded or user-facing), and prompts must come one after another: not a report
const FEATURES = ['camera', 'microphone', 'geolocation', 'notifications'] as const;
type Feature = (typeof FEATURES)[number];

export async function readPermissionStates(): Promise<Map<Feature, PermissionState>> {
  const states = new Map<Feature, PermissionState>();
  /*@A*/ for (const name of FEATURES) {
    try {
      const status = await navigator.permissions.query({ name: name as PermissionName });
      states.set(name, status.state);
    } catch {
      states.set(name, 'prompt'); // not queryable in this browser
    }
  }
  return states;
}

export async function requestMissing(states: Map<Feature, PermissionState>): Promise<void> {
  for (const [name, state] of states) {
    if (state !== 'prompt') continue;
    if (name === 'notifications') {
      await Notification.requestPermission();
    } else if (name === 'geolocation') {
      await new Promise<void>((resolve) => navigator.geolocation.getCurrentPosition(() => resolve(), () => resolve()));
    } else {
      const stream = await navigator.mediaDevices.getUserMedia({ [name === 'camera' ? 'video' : 'audio']: true });
      stream.getTracks().forEach((t) => t.stop());
    }
  }
}
