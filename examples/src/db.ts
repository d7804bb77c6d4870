/**
 * A pretend database and HTTP backend. Every call answers after the same fixed latency
 * (DELAY_MS), like a round trip to a slow service, so the time a handler takes is
 * "number of awaits it waits for, one after another" x DELAY_MS.
 */
import { DELAY_MS } from './env.js';

export interface User {
  id: string;
  name: string;
  bio: string;
  email: string;
  orgId: string;
}

export interface Post {
  id: string;
  authorId: string;
  title: string;
  likes: number;
}

export interface Settings {
  theme: 'light' | 'dark';
  locale: string;
}

export interface UserNotification {
  id: string;
  text: string;
  read: boolean;
}

export interface Org {
  id: string;
  name: string;
  plan: 'free' | 'team' | 'enterprise';
}

export interface AppConfig {
  name: string;
  region: string;
}

export type FeatureFlags = Record<string, boolean>;

export interface AuditEntry {
  userId: string;
  action: string;
  target?: string;
}

const users: Record<string, User> = {
  ada: { id: 'ada', name: 'Ada Lovelace', bio: 'Analyst of engines', email: 'ada@example.com', orgId: 'engines' },
  alan: { id: 'alan', name: 'Alan Turing', bio: 'Breaks codes', email: 'alan@example.com', orgId: 'engines' },
  grace: { id: 'grace', name: 'Grace Hopper', bio: 'Finds bugs', email: 'grace@example.com', orgId: 'navy' },
};

const orgs: Record<string, Org> = {
  engines: { id: 'engines', name: 'Analytical Engines Ltd', plan: 'team' },
  navy: { id: 'navy', name: 'US Navy', plan: 'enterprise' },
};

const posts: Post[] = [
  { id: 'p1', authorId: 'ada', title: 'Notes on the Analytical Engine', likes: 1843 },
  { id: 'p2', authorId: 'ada', title: 'Bernoulli numbers, step by step', likes: 512 },
  { id: 'p3', authorId: 'alan', title: 'On computable numbers', likes: 1936 },
  { id: 'p4', authorId: 'grace', title: 'A moth in relay 70', likes: 1947 },
  { id: 'p5', authorId: 'ada', title: 'Poetical science', likes: 230 },
];

const notifications: Record<string, UserNotification[]> = {
  ada: [
    { id: 'n1', text: 'Charles liked your post', read: false },
    { id: 'n2', text: 'New follower: Mary', read: true },
    { id: 'n3', text: 'Your engine diagram was shared', read: false },
  ],
};

const followers: Record<string, string[]> = { ada: ['alan', 'grace', 'mary', 'charles'], alan: ['ada'] };

/** The audit log the app writes to. Exported so main can show what was written. */
export const auditLog: AuditEntry[] = [];

function respond<T>(value: T): Promise<T> {
  // structuredClone: callers get their own copy, as from a real backend.
  return new Promise((resolve) => setTimeout(() => resolve(structuredClone(value)), DELAY_MS));
}

function notFound(what: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} not found`)), DELAY_MS));
}

export function getUser(id: string): Promise<User> {
  const user = users[id];
  return user ? respond(user) : notFound(`user ${id}`);
}

export function getPosts(authorId: string, options: { limit?: number } = {}): Promise<Post[]> {
  const mine = posts.filter((post) => post.authorId === authorId);
  return respond(options.limit === undefined ? mine : mine.slice(0, options.limit));
}

export function getTopPosts(limit: number): Promise<Post[]> {
  return respond([...posts].sort((a, b) => b.likes - a.likes).slice(0, limit));
}

export function getSettings(userId: string): Promise<Settings> {
  return respond(userId === 'ada' ? { theme: 'dark', locale: 'en-GB' } : { theme: 'light', locale: 'en-US' });
}

export function getNotifications(userId: string): Promise<UserNotification[]> {
  return respond(notifications[userId] ?? []);
}

export function countFollowers(userId: string): Promise<number> {
  return respond(followers[userId]?.length ?? 0);
}

export function getBadges(userId: string): Promise<string[]> {
  return respond(userId === 'ada' ? ['first program', 'pioneer'] : []);
}

export function getOrg(id: string): Promise<Org> {
  const org = orgs[id];
  return org ? respond(org) : notFound(`org ${id}`);
}

export function getMembers(orgId: string): Promise<User[]> {
  return respond(Object.values(users).filter((user) => user.orgId === orgId));
}

export function countUsers(): Promise<number> {
  return respond(Object.keys(users).length);
}

export function countPosts(): Promise<number> {
  return respond(posts.length);
}

export function readConfig(): Promise<AppConfig> {
  return respond({ name: 'Gather demo', region: 'eu-west-1' });
}

export function getFeatureFlags(): Promise<FeatureFlags> {
  return respond({ newEditor: true, darkMode: true, betaSearch: false });
}

export function getLocales(): Promise<string[]> {
  return respond(['en-GB', 'en-US', 'fr-FR']);
}

export function saveAudit(entry: AuditEntry): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      auditLog.push(entry);
      resolve();
    }, DELAY_MS),
  );
}
