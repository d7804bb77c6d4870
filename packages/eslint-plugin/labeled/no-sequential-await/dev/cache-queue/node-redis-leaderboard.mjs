// case: a script prints the top of a Redis leaderboard and one player's rank and score
// category: cache-queue
// why: connect() must finish before any command; after it zRangeWithScores, zRevRank and zScore are
//      reads of the same sorted set that do not use each other, so those three group
import { createClient } from 'redis';

const playerId = process.argv[2] ?? 'player:42';
const client = await createClient({ url: process.env.REDIS_URL }).connect();

const top = /*@A*/ await client.zRangeWithScores('leaderboard:season-7', 0, 9, { REV: true });
const rank = /*@A*/ await client.zRevRank('leaderboard:season-7', playerId);
const score = /*@A*/ await client.zScore('leaderboard:season-7', playerId);

console.table(top.map(({ value, score: s }, i) => ({ place: i + 1, player: value, score: s })));
console.log(`${playerId}: ${rank === null ? 'unranked' : `#${rank + 1}`} with ${score ?? 0} points`);

await client.quit();
