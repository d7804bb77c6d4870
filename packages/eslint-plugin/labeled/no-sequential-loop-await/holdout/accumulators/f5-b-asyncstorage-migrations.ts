// case: a React Native app upgrades its persisted store by running versioned migrations in order
// category: accumulators
// why: each migration receives the state the previous one returned (an accumulator fed to the next
//      call), and some read SecureStore to move secrets; the order of versions matters, so the loop
//      must stay sequential
import AsyncStorage from '@react-native-async-storage/async-storage';
import * as SecureStore from 'expo-secure-store';

type PersistedState = { version: number; [key: string]: unknown };
type Migration = (state: PersistedState) => Promise<PersistedState>;

const STORAGE_KEY = 'app-state';

const migrations: Migration[] = [
  async (s) => ({ ...s, version: 1, theme: s.darkMode ? 'dark' : 'light' }),
  async (s) => {
    const token = await SecureStore.getItemAsync('auth');
    return { ...s, version: 2, hasSession: token !== null };
  },
  async (s) => ({ ...s, version: 3, favorites: Array.isArray(s.favorites) ? s.favorites : [] }),
];

export async function migratePersistedState(): Promise<PersistedState> {
  const raw = await AsyncStorage.getItem(STORAGE_KEY);
  let state: PersistedState = raw ? JSON.parse(raw) : { version: 0 };

  for (const migrate of migrations.slice(state.version)) {
    state = await migrate(state);
  }

  await AsyncStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  return state;
}
