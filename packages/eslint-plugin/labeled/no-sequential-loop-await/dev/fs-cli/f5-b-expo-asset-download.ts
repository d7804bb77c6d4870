// case: an Expo app downloads the images of an offline guide pack to the document directory
// category: fs-cli
// why: each iteration calls downloadAsync, which writes a file, and records the local URI; writes are
//      not reads that a Promise.all rewrite may start together, so the loop is not a report
import * as FileSystem from 'expo-file-system/legacy';
import AsyncStorage from '@react-native-async-storage/async-storage';

export interface GuidePack {
  id: string;
  images: { key: string; url: string }[];
}

export async function downloadGuidePack(pack: GuidePack): Promise<Record<string, string>> {
  const dir = `${FileSystem.documentDirectory}guides/${pack.id}/`;
  await FileSystem.makeDirectoryAsync(dir, { intermediates: true });

  const localUris: Record<string, string> = {};
  for (const image of pack.images) {
    const target = `${dir}${image.key}.jpg`;
    const result = await FileSystem.downloadAsync(image.url, target, {
      headers: { Accept: 'image/jpeg' },
    });
    localUris[image.key] = result.uri;
  }

  await AsyncStorage.setItem(`guide:${pack.id}:files`, JSON.stringify(localUris));
  return localUris;
}
