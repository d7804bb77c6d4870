// case: a React Native podcast app downloads an episode into the cache directory unless it has it
// category: fs-cli
// why: the directory check decides a discarded makeDirectoryAsync that no group may cross; the target
//      check returns early when the file is complete; downloadAsync writes the file and the info read
//      after it reads that same file; the AsyncStorage write is discarded: nothing runs together
import * as FileSystem from 'expo-file-system/legacy';
import AsyncStorage from '@react-native-async-storage/async-storage';

const EPISODE_DIR = `${FileSystem.cacheDirectory}episodes/`;

export interface Episode {
  id: string;
  audioUrl: string;
  bytes: number;
}

export async function ensureEpisodeFile(episode: Episode): Promise<string> {
  const dirInfo = await FileSystem.getInfoAsync(EPISODE_DIR);
  if (!dirInfo.exists) await FileSystem.makeDirectoryAsync(EPISODE_DIR, { intermediates: true });

  const target = `${EPISODE_DIR}${episode.id}.mp3`;
  const existing = await FileSystem.getInfoAsync(target);
  if (existing.exists && existing.size === episode.bytes) return target;

  const { uri, status } = await FileSystem.downloadAsync(episode.audioUrl, target);
  if (status !== 200) {
    await FileSystem.deleteAsync(target, { idempotent: true });
    throw new Error(`Download failed with HTTP ${status}`);
  }

  const info = await FileSystem.getInfoAsync(uri);
  await AsyncStorage.setItem(
    `episode:${episode.id}:downloaded`,
    JSON.stringify({ at: Date.now(), size: info.exists ? info.size : 0 }),
  );
  return uri;
}
