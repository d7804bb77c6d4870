export * from './projects';
export { countMembers as memberCount } from './members';
export { listRecentDeploys as recentDeploys } from './deploys';
