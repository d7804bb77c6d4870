// case: a site build describes each named image slot through a local helper that calls the Cloudinary admin API
// category: local-helpers
// why: Object.entries(slots) exists before the loop; describeImage only reads one resource by its
//      public id and touches no shared state; each iteration sets its own key of the manifest; there is
//      no break or return, so all the lookups can start together
import { v2 as cloudinary } from 'cloudinary';

cloudinary.config({ secure: true });

async function describeImage(publicId) {
  const res = await cloudinary.api.resource(publicId, { colors: true, image_metadata: false });
  return {
    url: res.secure_url,
    width: res.width,
    height: res.height,
    format: res.format,
    dominant: res.colors?.[0]?.[0] ?? null,
  };
}

export async function buildSlotManifest(slots) {
  const manifest = {};
  /*@A*/ for (const [slot, publicId] of Object.entries(slots)) {
    manifest[slot] = await describeImage(publicId);
  }
  return manifest;
}

export const homeSlots = {
  hero: 'site/home/hero',
  teaserLeft: 'site/home/teaser-left',
  teaserRight: 'site/home/teaser-right',
  footerBanner: 'site/shared/footer-banner',
};
