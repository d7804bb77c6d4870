// case: an avatar upload writes the image to Azure Blob Storage, reads the user's Cosmos profile, then patches the profile with the blob's etag and size
// category: saas-sdks
// why: uploadData is a write to the avatar blob, allowed as the first member because the Cosmos
//      read after it touches another system (A); getProperties reads the same blob right after the
//      upload and after the profile guard, so it is no member; patch is a write using all of them
import { BlobServiceClient } from '@azure/storage-blob';
import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';

const credential = new DefaultAzureCredential();
const blobs = new BlobServiceClient(`https://${process.env.STORAGE_ACCOUNT}.blob.core.windows.net`, credential);
const profiles = new CosmosClient({ endpoint: process.env.COSMOS_ENDPOINT!, aadCredentials: credential })
  .database('app')
  .container('profiles');

export async function saveAvatar(userId: string, image: Buffer, contentType: string) {
  const blob = blobs.getContainerClient('avatars').getBlockBlobClient(`${userId}/avatar`);

  const upload = /*@A*/ await blob.uploadData(image, {
    blobHTTPHeaders: { blobContentType: contentType, blobCacheControl: 'public, max-age=300' },
  });
  const { resource: profile } = /*@A*/ await profiles.item(userId, userId).read();
  if (!profile) throw new Error(`no profile for ${userId}`);

  const props = await blob.getProperties();
  await profiles.item(userId, userId).patch([
    { op: 'set', path: '/avatar', value: { url: blob.url, etag: upload.etag, bytes: props.contentLength } },
  ]);
  return { url: blob.url, version: (profile.avatarVersion ?? 0) + 1 };
}
