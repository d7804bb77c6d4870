// case: a workspace overview service reads documents, members and storage through private methods and a scope getter
// category: local-helpers
// why: the three private methods only read (two Prisma finds and a Redis GET); the `scope` getter reads
//      `this.workspaceId`, set once in the constructor and written by none of them, and `formatBytes` only
//      computes afterwards, so the three awaits in `overview` are independent reads: one group
import type { PrismaClient } from '@prisma/client';
import type { Redis } from 'ioredis';

function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export class WorkspaceOverviewService {
  constructor(
    private readonly db: PrismaClient,
    private readonly redis: Redis,
    private readonly workspaceId: string,
  ) {}

  private get scope() {
    return { workspaceId: this.workspaceId, archivedAt: null };
  }

  private async recentDocuments(limit: number) {
    return this.db.document.findMany({
      where: this.scope,
      orderBy: { updatedAt: 'desc' },
      take: limit,
      select: { id: true, title: true, updatedAt: true },
    });
  }

  private async activeMembers() {
    return this.db.membership.findMany({
      where: { ...this.scope, status: 'active' },
      include: { user: { select: { id: true, name: true, avatarUrl: true } } },
    });
  }

  private async storageBytes() {
    const raw = await this.redis.get(`ws:${this.workspaceId}:storage-bytes`);
    return raw ? Number(raw) : 0;
  }

  async overview() {
    const documents = /*@A*/ await this.recentDocuments(8);
    const members = /*@A*/ await this.activeMembers();
    const storage = /*@A*/ await this.storageBytes();
    return {
      documents,
      members: members.map((m) => m.user),
      storage: { bytes: storage, label: formatBytes(storage) },
    };
  }
}
