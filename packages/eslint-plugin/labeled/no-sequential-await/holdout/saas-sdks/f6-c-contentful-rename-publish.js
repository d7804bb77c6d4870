// case: a Contentful management script renames an entry, saves the draft and publishes it
// category: saas-sdks
// why: every await feeds the next: the space gives the environment, the environment gives the
//      entry, the changed entry is saved with update() and the returned draft is what publish()
//      sends; publishing must follow the draft write, and the final read of the published entry
//      reads what the publish just wrote; nothing here can run together
import contentful from 'contentful-management';

const client = contentful.createClient({ accessToken: process.env.CONTENTFUL_MANAGEMENT_TOKEN });

export async function renameAndPublish(entryId, newTitle, locale = 'en-US') {
  const space = await client.getSpace(process.env.CONTENTFUL_SPACE_ID);
  const environment = await space.getEnvironment(process.env.CONTENTFUL_ENVIRONMENT ?? 'master');
  const entry = await environment.getEntry(entryId);

  if (entry.fields.title?.[locale] === newTitle) {
    return entry.sys.publishedVersion ?? null;
  }

  entry.fields.title = { ...entry.fields.title, [locale]: newTitle };
  const draft = await entry.update();
  const published = await draft.publish();

  const check = await environment.getEntry(published.sys.id);
  console.log(`published ${check.sys.id} v${check.sys.publishedVersion}`);
  return check.sys.publishedVersion;
}
