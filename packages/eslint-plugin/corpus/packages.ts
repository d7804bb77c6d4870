/**
 * The corpus: async-heavy npm packages that ship readable sources, pinned. Packages that ship
 * TypeScript sources contribute only those (their compiled JavaScript would count twice); the
 * others contribute their JavaScript: hand-written, or `tsc`/Babel output that is not bundled.
 * `quick` marks the slice CI runs.
 */
export interface CorpusPackage {
  readonly name: string;
  readonly version: string;
  readonly quick?: boolean;
}

export const CORPUS_PACKAGES: readonly CorpusPackage[] = [
  // JavaScript
  { name: 'n8n-nodes-base', version: '1.70.0' },
  { name: 'discord.js', version: '14.16.3', quick: true },
  { name: 'mongoose', version: '8.8.0' },
  { name: 'sequelize', version: '6.37.5' },
  { name: 'knex', version: '3.1.0', quick: true },
  { name: 'typeorm', version: '0.3.20' },
  { name: '@sveltejs/kit', version: '2.8.0', quick: true },
  { name: 'verdaccio', version: '6.0.2' },
  { name: 'probot', version: '13.3.8' },
  { name: '@slack/bolt', version: '3.22.0' },
  { name: '@medusajs/medusa', version: '1.20.10' },
  { name: 'bullmq', version: '5.30.0' },
  { name: '@langchain/core', version: '0.3.19' },
  { name: '@mikro-orm/core', version: '6.4.0' },
  { name: '@langchain/community', version: '0.3.16' },
  { name: 'payload', version: '3.0.0' },
  { name: '@directus/api', version: '23.1.0' },
  { name: '@slack/web-api', version: '7.7.0' },
  { name: '@trigger.dev/sdk', version: '3.2.0' },
  { name: '@nestjs/core', version: '10.4.8' },
  // await-dense: CLIs, build tools, integrations, SDKs and servers (added for the call model and the loop rule)
  { name: 'release-it', version: '17.10.0' },
  { name: 'firebase-tools', version: '13.25.0' },
  { name: 'serverless', version: '3.39.0' },
  { name: '@electron-forge/core', version: '7.5.0' },
  { name: '@docusaurus/core', version: '3.6.3' },
  { name: '@11ty/eleventy', version: '3.0.0' },
  { name: 'astro', version: '4.16.16' },
  { name: '@shopify/cli-kit', version: '3.70.0' },
  { name: '@netlify/build', version: '29.56.0' },
  { name: '@redwoodjs/cli', version: '8.4.0' },
  { name: '@remix-run/dev', version: '2.15.0' },
  { name: '@graphql-codegen/cli', version: '5.0.3' },
  { name: 'gatsby', version: '5.14.0' },
  { name: '@langchain/langgraph', version: '0.2.33' },
  { name: '@modelcontextprotocol/sdk', version: '1.0.4' },
  { name: '@google-cloud/storage', version: '7.14.0' },
  { name: 'telegraf', version: '4.16.3' },
  // TypeScript sources
  { name: '@auth/core', version: '0.37.0', quick: true },
  { name: 'convex', version: '1.17.0' },
  { name: 'next-auth', version: '4.24.10' },
  { name: '@trpc/server', version: '11.0.0' },
  { name: '@tanstack/query-core', version: '5.59.0' },
  { name: 'openai', version: '4.73.0', quick: true },
  { name: '@anthropic-ai/sdk', version: '0.32.1' },
  { name: '@temporalio/worker', version: '1.11.5' },
  { name: '@temporalio/client', version: '1.11.5' },
  { name: '@supabase/auth-js', version: '2.65.0' },
  { name: 'mongodb', version: '6.10.0' },
  { name: '@apollo/server', version: '4.11.0' },
  { name: 'effect', version: '3.10.0' },
];
