// case: a cron job looks up the Mux asset of every video still processing, with an index loop, then saves the statuses
// category: syntax-shapes
// why: `pending` is fetched before the loop and the index loop only reads pending[i]; each iteration
//      retrieves its own asset (a read) and pushes a status; nothing an iteration writes is read by a
//      later one and nothing stops the loop, so the retrieves can start together; the updates happen
//      in one transaction after the loop
import Mux from '@mux/mux-node';
import cron from 'node-cron';
import { prisma } from './prisma';

const mux = new Mux();

type Status = { id: string; status: string; duration: number | null; playbackId: string | null };

export async function refreshProcessingVideos() {
  const pending = await prisma.video.findMany({
    where: { status: 'processing', muxAssetId: { not: null } },
    select: { id: true, muxAssetId: true },
  });

  const statuses: Status[] = [];
  /*@A*/ for (let i = 0; i < pending.length; i++) {
    const asset = await mux.video.assets.retrieve(pending[i].muxAssetId!);
    statuses.push({
      id: pending[i].id,
      status: asset.status,
      duration: asset.duration ?? null,
      playbackId: asset.playback_ids?.[0]?.id ?? null,
    });
  }

  const settled = statuses.filter((s) => s.status !== 'preparing');
  await prisma.$transaction(
    settled.map((s) =>
      prisma.video.update({
        where: { id: s.id },
        data: { status: s.status, duration: s.duration, playbackId: s.playbackId },
      }),
    ),
  );
  return settled.length;
}

cron.schedule('*/5 * * * *', () => {
  refreshProcessingVideos().catch((err) => console.error('mux refresh failed', err));
});
