// case: a static-site build step checks the Cloudinary quota, then renders a campaign gallery from tagged images and a video search
// category: syntax-positions
// why: the usage call is a quota check whose result decides whether to go on, so it is not a member;
//      the two awaits passed as arguments to renderGallery run one after the other, read different
//      Cloudinary APIs with only the campaign slug, and use nothing of each other (A); the file
//      write is awaited for its effect and comes after
import { writeFile } from 'node:fs/promises';
import { v2 as cloudinary } from 'cloudinary';
import { renderGallery } from './render-gallery.js';

cloudinary.config({ secure: true });

export async function buildCampaignGallery(campaign, outFile) {
  const usage = await cloudinary.api.usage();
  if (usage.credits?.used_percent > 98) {
    throw new Error(`Cloudinary credits nearly exhausted (${usage.credits.used_percent}%)`);
  }

  const html = renderGallery(
    /*@A*/ await cloudinary.api.resources_by_tag(`campaign-${campaign.slug}`, {
      max_results: 100,
      context: true,
    }),
    /*@A*/ await cloudinary.search
      .expression(`folder:campaigns/${campaign.slug} AND resource_type:video`)
      .sort_by('created_at', 'desc')
      .max_results(12)
      .execute(),
    { title: campaign.title, locale: campaign.locale },
  );

  await writeFile(outFile, html, 'utf8');
  return outFile;
}
